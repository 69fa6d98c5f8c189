import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MapBackground, showsGrid, useTileBackground } from './mapBackground';

export interface MarkerMap {
  map: L.Map;
  markers: L.LayerGroup;
}

/**
 * A Leaflet map created once in the returned container, with translated zoom buttons, a layer for
 * markers and the configured tile background (its own attribution, so Leaflet's control is off).
 * Render the container with a className that never changes (`app-map`, plus size modifiers).
 */
export function useMarkerMap(center: L.LatLngTuple, zoom: number) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MarkerMap | null>(null);
  const background: MapBackground = useTileBackground(map?.map ?? null);
  const [lat, lon] = center;

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, {
      zoomControl: false,
      attributionControl: false,
      center: [lat, lon],
      zoom,
      // Popups appear at once, without fading in: calmer, and readable straight away.
      fadeAnimation: false,
    });
    L.control.zoom({ zoomInTitle: t('placesMap.zoomIn'), zoomOutTitle: t('placesMap.zoomOut') }).addTo(created);
    const markers = L.layerGroup().addTo(created);
    setMap({ map: created, markers });
    return () => {
      setMap(null);
      created.remove();
    };
  }, [t, lat, lon, zoom]);

  // The container's classes are Leaflet's too (leaflet-container keeps popups inside the map): a
  // className rendered by React would replace them, so the grid class is toggled here.
  useEffect(() => {
    container.current?.classList.toggle('app-map--plain', showsGrid(background));
  }, [background]);

  return { container, map, background };
}
