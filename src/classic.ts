/**
 * Entry of the classic-script builds (IIFE and all-in-one): all of index.ts, but exporting
 * nothing, so the bundle declares no global `var IntegrationWidgets` that would replace the API a
 * copy loaded earlier set. index.ts sets `window.IntegrationWidgets` unless a copy already did.
 */
import './index.js';
