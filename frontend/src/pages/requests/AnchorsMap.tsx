import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapClassName, useTileBackground } from '../placesMap/mapBackground';
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

/** A small Leaflet map of a request's anchors (and places); the list beside it says the same. */
export default function AnchorsMap({ points, label }: { points: readonly MapPoint[]; label: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<{ map: L.Map; markers: L.LayerGroup } | null>(null);
  const background = useTileBackground(map?.map ?? null);

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, { zoomControl: false, attributionControl: false, center: [52.09, 5.12], zoom: 11, fadeAnimation: false });
    L.control.zoom({ zoomInTitle: t('placesMap.zoomIn'), zoomOutTitle: t('placesMap.zoomOut') }).addTo(created);
    const markers = L.layerGroup().addTo(created);
    setMap({ map: created, markers });
    return () => {
      setMap(null);
      created.remove();
    };
  }, [t]);

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
      <div ref={container} className={mapClassName(background, 'app-map--small')} role="region" aria-label={label} />
    </>
  );
}
