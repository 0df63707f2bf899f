// Imported first by main.ts, so the first screen's requests go out before the rest of the bundle
// (Vue, the router, i18n, every component) has been evaluated. See early-requests.ts.
import { startEarlyRequests } from './early-requests'

startEarlyRequests()
