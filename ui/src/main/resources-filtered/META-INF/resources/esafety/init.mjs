import { initAll } from '../webjars/govuk-frontend/${govuk-frontend.version}/dist/govuk/govuk-frontend.min.js';

initAll();
