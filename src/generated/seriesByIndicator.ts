// generated — do not edit.
// Made by scripts/generate.ts from data/indicators.json, data/releases/24h-2022-02.json, data/releases/antoanthongtin-2022-03.json, data/releases/baokiemtoan-2022-03.json, data/releases/1thegioi-2022-06-02.json, data/releases/thoibao-2022-06-15.json, data/releases/thoisutoancanh-2022-08.json, data/releases/qdnd-2022-08.json, data/releases/doanhnghiepvadoisong-2022-08.json, data/releases/anninhthudo-2022-09.json, data/releases/vneconomy-2022-q3.json, data/releases/mic-2023-q1.json, data/releases/vienkinhteso-2023-04.json, data/releases/vneconomy-2023-05-05.json, data/releases/vietnamnet-2023-05.json, data/releases/anlao-2023-06.json, data/releases/cafef-2023-08.json, data/releases/cafef-2023-09.json, data/releases/giaoduc-2023-09-20.json, data/releases/cchccantho-2024-04.json, data/releases/vov-2024-09.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_lib/_deepFreeze.js";
import type { PartOfWholeObservation, ValueObservation } from "../model/observation.js";
import type { LevelObservation, SeriesPoint } from "../model/series.js";
import { communityTechTeamMembersSeries, communityTechTeamsSeries, dxPlanShareSeries, dxSteeringCommitteeShareSeries, fullyOnlineServicesShareOfTargetSeries, fullyOnlineServicesShareSeries, level4OnlineServicesShareSeries, micAdministrativeProceduresSeries, micProceduresWithOnlineApplicationsShareSeries, micPublicServicesSeries, ministriesAndProvincesPublishedOnlineServiceListSeries, ministriesDxPlan2024Series, ministriesDxPlanSeries, ministriesDxPlanShareSeries, ministriesDxResolutionSeries, ministriesEgovArchitecture2Series, ministriesPublishedFullyOnlineListSeries, ndxpTransactionsDailyAverageSeries, ndxpTransactionsMonthSeries, ndxpTransactionsQuarterSeries, ndxpTransactionsShareOfTargetSeries, ndxpTransactionsSinceLaunchSeries, onetouchVisitsSeries, provincesCommunityTechTeamsAllCommunesSeries, provincesCommunityTechTeamsSeries, provincesDeployedCommunityTechTeamModelSeries, provincesDxPlan2024Series, provincesDxPlanSeries, provincesDxProgrammeOrPlanSeries, provincesDxResolutionOrDirectiveSeries, provincesDxResolutionSeries, provincesDxSteeringCommitteeSeries, provincesEgovArchitecture2Series, provincesPublishedFullyOnlineListSeries } from "./series.js";

/**
 * Every series, by key: the indicator's id for its figures about the
 * nation, `<id>@<units>:<code>` for one province's (what `series(id, { area })`
 * returns as known today).
 *
 * @internal
 */
export const _seriesByKey: Readonly<Record<string, readonly SeriesPoint[]>> = /* @__PURE__ */ _deepFreeze({ "fully-online-services-share": fullyOnlineServicesShareSeries, "fully-online-services-share-of-target": fullyOnlineServicesShareOfTargetSeries, "level-4-online-services-share": level4OnlineServicesShareSeries, "ministries-published-fully-online-list": ministriesPublishedFullyOnlineListSeries, "provinces-published-fully-online-list": provincesPublishedFullyOnlineListSeries, "ministries-and-provinces-published-online-service-list": ministriesAndProvincesPublishedOnlineServiceListSeries, "ministries-egov-architecture-2": ministriesEgovArchitecture2Series, "provinces-egov-architecture-2": provincesEgovArchitecture2Series, "ministries-dx-resolution": ministriesDxResolutionSeries, "provinces-dx-resolution": provincesDxResolutionSeries, "provinces-dx-resolution-or-directive": provincesDxResolutionOrDirectiveSeries, "provinces-dx-programme-or-plan": provincesDxProgrammeOrPlanSeries, "dx-steering-committee-share": dxSteeringCommitteeShareSeries, "provinces-dx-steering-committee": provincesDxSteeringCommitteeSeries, "dx-plan-share": dxPlanShareSeries, "ministries-dx-plan": ministriesDxPlanSeries, "ministries-dx-plan-share": ministriesDxPlanShareSeries, "provinces-dx-plan": provincesDxPlanSeries, "ministries-dx-plan-2024": ministriesDxPlan2024Series, "provinces-dx-plan-2024": provincesDxPlan2024Series, "ndxp-transactions-quarter": ndxpTransactionsQuarterSeries, "ndxp-transactions-month": ndxpTransactionsMonthSeries, "ndxp-transactions-daily-average": ndxpTransactionsDailyAverageSeries, "ndxp-transactions-since-launch": ndxpTransactionsSinceLaunchSeries, "ndxp-transactions-share-of-target": ndxpTransactionsShareOfTargetSeries, "provinces-community-tech-teams": provincesCommunityTechTeamsSeries, "provinces-deployed-community-tech-team-model": provincesDeployedCommunityTechTeamModelSeries, "community-tech-teams": communityTechTeamsSeries, "community-tech-team-members": communityTechTeamMembersSeries, "provinces-community-tech-teams-all-communes": provincesCommunityTechTeamsAllCommunesSeries, "onetouch-visits": onetouchVisitsSeries, "mic-administrative-procedures": micAdministrativeProceduresSeries, "mic-public-services": micPublicServicesSeries, "mic-procedures-with-online-applications-share": micProceduresWithOnlineApplicationsShareSeries });

/**
 * Every indicator id, with the areas its figures are about (none: only the nation).
 *
 * @internal
 */
export const _areasByIndicator: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ _deepFreeze({ "fully-online-services-share": [], "fully-online-services-share-of-target": [], "level-4-online-services-share": [], "ministries-published-fully-online-list": [], "provinces-published-fully-online-list": [], "ministries-and-provinces-published-online-service-list": [], "ministries-egov-architecture-2": [], "provinces-egov-architecture-2": [], "ministries-dx-resolution": [], "provinces-dx-resolution": [], "provinces-dx-resolution-or-directive": [], "provinces-dx-programme-or-plan": [], "dx-steering-committee-share": [], "provinces-dx-steering-committee": [], "dx-plan-share": [], "ministries-dx-plan": [], "ministries-dx-plan-share": [], "provinces-dx-plan": [], "ministries-dx-plan-2024": [], "provinces-dx-plan-2024": [], "ndxp-transactions-quarter": [], "ndxp-transactions-month": [], "ndxp-transactions-daily-average": [], "ndxp-transactions-since-launch": [], "ndxp-transactions-year": [], "ndxp-transactions-share-of-target": [], "provinces-community-tech-teams": [], "provinces-deployed-community-tech-team-model": [], "community-tech-teams": [], "community-tech-team-members": [], "provinces-community-tech-teams-all-communes": [], "onetouch-visits": [], "mic-administrative-procedures": [], "mic-public-services": [], "mic-procedures-with-online-applications-share": [] });

/**
 * The level observation type of each indicator's figures: what `series(id)`,
 * `latest(id)` and the series constants hold.
 *
 * @category Series
 */
export interface IndicatorLevels {
  /** Share of eligible public services available fully online. */
  readonly "fully-online-services-share": ValueObservation;
  /** Fully-online services as a share of the year's plan. */
  readonly "fully-online-services-share-of-target": ValueObservation;
  /** Share of eligible public services online at level 4. */
  readonly "level-4-online-services-share": ValueObservation;
  /** Ministries and sectors that have published and sent their list of services eligible for full online processing. */
  readonly "ministries-published-fully-online-list": ValueObservation;
  /** Provinces and cities that have published and sent their list of services eligible for full online processing. */
  readonly "provinces-published-fully-online-list": ValueObservation;
  /** Ministries and provinces with a Decree 42 online-service list. */
  readonly "ministries-and-provinces-published-online-service-list": PartOfWholeObservation;
  /** Ministries that have issued e-government architecture 2.0. */
  readonly "ministries-egov-architecture-2": PartOfWholeObservation;
  /** Provinces that have built or updated e-government architecture 2.0. */
  readonly "provinces-egov-architecture-2": PartOfWholeObservation;
  /** Ministries that have issued a resolution or programme on digital transformation. */
  readonly "ministries-dx-resolution": PartOfWholeObservation;
  /** Provinces that have issued a resolution or programme on digital transformation. */
  readonly "provinces-dx-resolution": PartOfWholeObservation;
  /** Provinces that have issued a resolution or directive on digital transformation. */
  readonly "provinces-dx-resolution-or-directive": PartOfWholeObservation;
  /** Provinces that have drawn up a digital-transformation programme or plan. */
  readonly "provinces-dx-programme-or-plan": PartOfWholeObservation;
  /** Share of ministries and localities that have set up or consolidated a digital-transformation steering committee. */
  readonly "dx-steering-committee-share": ValueObservation;
  /** Provinces that have set up or consolidated a digital-transformation steering committee. */
  readonly "provinces-dx-steering-committee": PartOfWholeObservation;
  /** Share of ministries and localities that have issued a digital-transformation plan or scheme. */
  readonly "dx-plan-share": ValueObservation;
  /** Ministries that have issued a digital-transformation plan or scheme. */
  readonly "ministries-dx-plan": PartOfWholeObservation;
  /** Share of ministries that have issued a digital-transformation plan or scheme. */
  readonly "ministries-dx-plan-share": ValueObservation;
  /** Provinces that have issued a digital-transformation plan or scheme. */
  readonly "provinces-dx-plan": PartOfWholeObservation;
  /** Ministries that have issued their 2024 digital-transformation plan. */
  readonly "ministries-dx-plan-2024": PartOfWholeObservation;
  /** Provinces that have issued their 2024 digital-transformation plan. */
  readonly "provinces-dx-plan-2024": PartOfWholeObservation;
  /** NDXP transactions in a quarter. */
  readonly "ndxp-transactions-quarter": ValueObservation;
  /** NDXP transactions in a month. */
  readonly "ndxp-transactions-month": ValueObservation;
  /** NDXP transactions a day, on average. */
  readonly "ndxp-transactions-daily-average": ValueObservation;
  /** NDXP transactions since the platform's launch. */
  readonly "ndxp-transactions-since-launch": ValueObservation;
  /** NDXP transactions in a year. */
  readonly "ndxp-transactions-year": LevelObservation;
  /** NDXP transactions as a share of the year's target. */
  readonly "ndxp-transactions-share-of-target": ValueObservation;
  /** Provinces that have set up community digital technology teams. */
  readonly "provinces-community-tech-teams": PartOfWholeObservation;
  /** Provinces that have deployed the community digital technology team model. */
  readonly "provinces-deployed-community-tech-team-model": PartOfWholeObservation;
  /** Community digital technology teams. */
  readonly "community-tech-teams": ValueObservation;
  /** Members of community digital technology teams. */
  readonly "community-tech-team-members": ValueObservation;
  /** Provinces with community digital technology teams in every commune. */
  readonly "provinces-community-tech-teams-all-communes": PartOfWholeObservation;
  /** Visits to the OneTouch platform. */
  readonly "onetouch-visits": ValueObservation;
  /** Administrative procedures of the Ministry of Information and Communications. */
  readonly "mic-administrative-procedures": ValueObservation;
  /** Public services of the Ministry of Information and Communications. */
  readonly "mic-public-services": ValueObservation;
  /** Share of the ministry's administrative procedures that received online applications. */
  readonly "mic-procedures-with-online-applications-share": ValueObservation;
}
