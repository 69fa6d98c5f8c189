import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect } from 'react';
import { MapBackgroundNotice } from './MapBackgroundNotice';
import type { MapPlace } from './mapPlaces';
import { useMarkerMap } from './useMarkerMap';


/** The middle of the Netherlands, for an empty map. */
const netherlands: L.LatLngTuple = [52.2, 5.3];

function markerIcon(place: MapPlace): L.DivIcon {
  const label = document.createElement('span');
  label.className = 'app-map-marker__count';
  label.textContent = String(place.freeBeds);
  return L.divIcon({
    className: `app-map-marker app-map-marker--${place.type}${place.suspended ? ' app-map-marker--suspended' : ''}`,
    html: label,
    iconSize: [34, 34],
    iconAnchor: [17, 17],
    popupAnchor: [0, -17],
  });
}

interface PlacesMapProps {
  places: readonly MapPlace[];
  /** Names the map for assistive technology. */
  label: string;
  /** The one-line description of a place, e.g. "Hotel De Linde: 12 free beds". */
  describe: (place: MapPlace) => string;
}

/**
 * A Leaflet map with one marker per place (the number of free beds on it). Markers are
 * keyboard-focusable and open a popup with Enter; the table next to it holds the same places.
 * The background is the configured tiles, or a plain grid without them (said in words).
 */
export default function PlacesMap({ places, label, describe }: PlacesMapProps) {
  const { container, map, background } = useMarkerMap(netherlands, 7);

  useEffect(() => {
    if (!map) return;
    const layer = map.markers;
    layer.clearLayers();
    for (const place of places) {
      const text = describe(place);
      const popup = document.createElement('p');
      popup.className = 'app-map-popup';
      popup.textContent = text;
      const marker = L.marker([place.lat, place.lon], { icon: markerIcon(place), title: text, keyboard: true, riseOnHover: true })
        .bindPopup(popup)
        .addTo(layer);
      // The marker shows only the number of beds; its accessible name says what and where.
      marker.getElement()?.setAttribute('aria-label', text);
    }
    if (places.length > 0) {
      map.map.fitBounds(L.latLngBounds(places.map((place) => [place.lat, place.lon] as L.LatLngTuple)), { padding: [32, 32], maxZoom: 12 });
    }
  }, [map, places, describe]);

  return (
    <>
      <MapBackgroundNotice background={background} />
      <div ref={container} className="app-map" role="region" aria-label={label} />
    </>
  );
}
