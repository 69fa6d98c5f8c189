import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect } from 'react';
import { useMarkerMap } from '../placesMap/useMarkerMap';
import { MapBackgroundNotice } from '../placesMap/MapBackgroundNotice';

export interface MapPoint {
  key: string;
  lat: number;
  lon: number;
  /** What the marker shows: a letter or a number. */
  mark: string;
  /** The accessible name and popup text. */
  text: string;
  kind: 'anchor' | 'place';
}

const utrecht: L.LatLngTuple = [52.09, 5.12];

/** A small Leaflet map of a request's anchors (and places); the list beside it says the same. */
export default function AnchorsMap({ points, label }: { points: readonly MapPoint[]; label: string }) {
  const { container, map, background } = useMarkerMap(utrecht, 11);

  useEffect(() => {
    if (!map) return;
    map.markers.clearLayers();
    for (const point of points) {
      const mark = document.createElement('span');
      mark.className = 'app-map-marker__count';
      mark.textContent = point.mark;
      const popup = document.createElement('p');
      popup.className = 'app-map-popup';
      popup.textContent = point.text;
      const icon = L.divIcon({
        className: `app-map-marker app-map-marker--${point.kind === 'anchor' ? 'hostFamily' : 'location'}`,
        html: mark,
        iconSize: [34, 34],
        iconAnchor: [17, 17],
        popupAnchor: [0, -17],
      });
      const marker = L.marker([point.lat, point.lon], { icon, title: point.text, keyboard: true }).bindPopup(popup).addTo(map.markers);
      marker.getElement()?.setAttribute('aria-label', point.text);
    }
    if (points.length > 0) map.map.fitBounds(L.latLngBounds(points.map((point) => [point.lat, point.lon] as L.LatLngTuple)), { padding: [32, 32], maxZoom: 13 });
  }, [map, points]);

  return (
    <>
      <MapBackgroundNotice background={background} />
      <div ref={container} className="app-map app-map--small" role="region" aria-label={label} />
    </>
  );
}
