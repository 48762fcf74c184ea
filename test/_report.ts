import { mic2023Q1, observations } from "../src/index.js";

/** The Q1/2023 report's figures (what the exports and charts show). */
export const reportObservations = observations.filter((o) => o.release === mic2023Q1.id);
