import type { ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

/** A screen of one page: its path shows the page, any path below it is not found. */
export function singlePage(Page: ComponentType): ComponentType {
  function SinglePageScreen() {
    return (
      <Routes>
        <Route index element={<Page />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    );
  }
  SinglePageScreen.displayName = `singlePage(${Page.displayName ?? Page.name})`;
  return SinglePageScreen;
}
