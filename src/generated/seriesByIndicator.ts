// generated — do not edit.
// Made by scripts/generate.ts from data/indicators.json, data/releases/doanhnghiepvaphattrien-2021-10.json, data/releases/tapchicongthuong-2021-10.json, data/releases/24h-2022-02.json, data/releases/antoanthongtin-2022-03.json, data/releases/baokiemtoan-2022-03.json, data/releases/ictvietnam-2022-04-04.json, data/releases/1thegioi-2022-06-02.json, data/releases/thoibao-2022-06-15.json, data/releases/kinhtedothi-2022-08.json, data/releases/thoisutoancanh-2022-08.json, data/releases/qdnd-2022-08.json, data/releases/doanhnghiepvadoisong-2022-08.json, data/releases/laodongthudo-2022-08.json, data/releases/anninhthudo-2022-09.json, data/releases/vneconomy-2022-q3.json, data/releases/mic-2023-q1.json, data/releases/vienkinhteso-2023-04.json, data/releases/vneconomy-2023-05-05.json, data/releases/vietnamnet-2023-05.json, data/releases/anlao-2023-06.json, data/releases/vnmedia-2023-06.json, data/releases/travinh-2023-07.json, data/releases/cafef-2023-08.json, data/releases/cafef-2023-09.json, data/releases/tapchibaohiemxahoi-2023-09-14.json, data/releases/giaoduc-2023-09-20.json, data/releases/vietnamnet-2023-12-04.json, data/releases/baogialai-2023-12.json, data/releases/congthuong-2023-12-29.json, data/releases/nld-2023-12-29.json, data/releases/dukcoquantwtphcm-2023.json, data/releases/cchccantho-2024-04.json, data/releases/dongnai-2024-06.json, data/releases/ninhthuan-2024-07-10.json, data/releases/vov-2024-09.json, data/releases/sggp-2024-12-29.json, data/releases/kinhtedothi-2024.json, data/releases/tracuuquyhoach-2024.json, data/releases/baomoi-2025-01-06.json, data/releases/baomoi-2025-02-06.json, data/releases/tothethao-2025-02.json, data/releases/vietbao-2025-02.json, data/releases/vneconomy-2025-02.json, data/releases/baomoi-2025-06.json, data/releases/baomoi-2025-10.json, data/releases/dantri-2025-10-21.json, data/releases/doingoailaocai-2025-10.json, data/releases/nhandan-2025-10-21.json, data/releases/thanhnien-2025-10-21.json, data/releases/vietnamnet-2025-10-21.json, data/releases/vnexpress-2025-10-21.json, data/releases/vtcnews-2025-10-21.json, data/releases/mst-2025-10-31.json, data/releases/vietnamnet-2025-11-07.json, data/releases/vietnamplus-2025-11-08.json, data/releases/vietnamnet-2025-11-26.json, data/releases/huengaynay-2025-12-27.json, data/releases/thoibaotaichinh-2026-01-05.json, data/releases/vneconomy-2026-01-06.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_lib/_deepFreeze.js";
import type { PartOfWholeObservation, ValueObservation } from "../model/observation.js";
import type { LevelObservation, SeriesPoint } from "../model/series.js";
import { dtiProvince202048, dtiProvince202284, dtiProvince202348, dtiProvince202401, dtiProvince202401Nhandan, dtiProvince202401Vtcnews, dtiProvince202415, dtiProvince202431, dtiProvince202446, dtiProvince202446Vtcnews, dtiProvince202479, fullyOnlineDossiersShare2024DaNang, fullyOnlineDossiersShare2024HaGiang, fullyOnlineDossiersShare2024HaNam, fullyOnlineDossiersShare2024NamDinh } from "./observations.js";
import { baomoi20250206, dantri20251021, doanhnghiepvaphattrien202110, doingoailaocai202510, kinhtedothi2024, nhandan20251021, travinh202307, vtcnews20251021 } from "./releases.js";
import { communityTechTeamMembersSeries, communityTechTeamsSeries, digitalEconomyShareMinistryEstimateSeries, digitalEconomyValueAddedShareSeries, digitalEconomyValueAddedShareTrialSeries, dtiMinistriesNoServicesMeanSeries, dtiMinistriesServicesMeanSeries, dtiNationalSeries, dtiProvincesMeanDigitalEconomySeries, dtiProvincesMeanDigitalGovernmentSeries, dtiProvincesMeanDigitalSocietySeries, dtiProvincesMeanSeries, dxPlanShareSeries, dxSteeringCommitteeShareSeries, fullyOnlineDossiersShareSeries, fullyOnlineServicesShareOfTargetSeries, fullyOnlineServicesShareSeries, level4OnlineServicesShareSeries, micAdministrativeProceduresSeries, micProceduresWithOnlineApplicationsShareSeries, micPublicServicesSeries, ministriesAndProvincesPublishedOnlineServiceListSeries, ministriesDxPlan2024Series, ministriesDxPlanSeries, ministriesDxPlanShareSeries, ministriesDxResolutionSeries, ministriesEgovArchitecture2Series, ministriesFullyOnlineDossiersShareSeries, ministriesProceduresFullyOnlineShareSeries, ministriesPublishedFullyOnlineListSeries, ndxpConnectedAgenciesSeries, ndxpConnectionPointsSeries, ndxpTransactionsDailyAverageSeries, ndxpTransactionsMonthSeries, ndxpTransactionsQuarterSeries, ndxpTransactionsShareOfTargetSeries, ndxpTransactionsSinceLaunchSeries, onetouchVisitsSeries, onlineDossiersShareSeries, onlineServicesWithDossiersShareSeries, provincesCommunityTechTeamsAllCommunesSeries, provincesCommunityTechTeamsSeries, provincesDeployedCommunityTechTeamModelSeries, provincesDtiAboveMeanSeries, provincesDtiAtLeastHalfSeries, provincesDxPlan2024Series, provincesDxPlanSeries, provincesDxProgrammeOrPlanSeries, provincesDxResolutionOrDirectiveSeries, provincesDxResolutionSeries, provincesDxSteeringCommitteeSeries, provincesEgovArchitecture2Series, provincesFullyOnlineDossiersShareSeries, provincesProceduresFullyOnlineShareSeries, provincesPublishedFullyOnlineListSeries, publicServicesFullyDigitalShareSeries, resolution57TasksCompletedShareSeries } from "./series.js";

/**
 * Every series, by key: the indicator's id for its figures about the
 * nation, `<id>@<units>:<code>` for one province's (what `series(id, { area })`
 * returns as known today).
 *
 * @internal
 */
export const _seriesByKey: Readonly<Record<string, readonly SeriesPoint[]>> = /* @__PURE__ */ _deepFreeze({ "fully-online-services-share": fullyOnlineServicesShareSeries, "fully-online-services-share-of-target": fullyOnlineServicesShareOfTargetSeries, "level-4-online-services-share": level4OnlineServicesShareSeries, "ministries-published-fully-online-list": ministriesPublishedFullyOnlineListSeries, "provinces-published-fully-online-list": provincesPublishedFullyOnlineListSeries, "ministries-and-provinces-published-online-service-list": ministriesAndProvincesPublishedOnlineServiceListSeries, "ministries-egov-architecture-2": ministriesEgovArchitecture2Series, "provinces-egov-architecture-2": provincesEgovArchitecture2Series, "ministries-dx-resolution": ministriesDxResolutionSeries, "provinces-dx-resolution": provincesDxResolutionSeries, "provinces-dx-resolution-or-directive": provincesDxResolutionOrDirectiveSeries, "provinces-dx-programme-or-plan": provincesDxProgrammeOrPlanSeries, "dx-steering-committee-share": dxSteeringCommitteeShareSeries, "provinces-dx-steering-committee": provincesDxSteeringCommitteeSeries, "dx-plan-share": dxPlanShareSeries, "ministries-dx-plan": ministriesDxPlanSeries, "ministries-dx-plan-share": ministriesDxPlanShareSeries, "provinces-dx-plan": provincesDxPlanSeries, "ministries-dx-plan-2024": ministriesDxPlan2024Series, "provinces-dx-plan-2024": provincesDxPlan2024Series, "ndxp-transactions-quarter": ndxpTransactionsQuarterSeries, "ndxp-transactions-month": ndxpTransactionsMonthSeries, "ndxp-transactions-daily-average": ndxpTransactionsDailyAverageSeries, "ndxp-transactions-since-launch": ndxpTransactionsSinceLaunchSeries, "ndxp-transactions-share-of-target": ndxpTransactionsShareOfTargetSeries, "provinces-community-tech-teams": provincesCommunityTechTeamsSeries, "provinces-deployed-community-tech-team-model": provincesDeployedCommunityTechTeamModelSeries, "community-tech-teams": communityTechTeamsSeries, "community-tech-team-members": communityTechTeamMembersSeries, "provinces-community-tech-teams-all-communes": provincesCommunityTechTeamsAllCommunesSeries, "onetouch-visits": onetouchVisitsSeries, "mic-administrative-procedures": micAdministrativeProceduresSeries, "mic-public-services": micPublicServicesSeries, "mic-procedures-with-online-applications-share": micProceduresWithOnlineApplicationsShareSeries, "fully-online-dossiers-share": fullyOnlineDossiersShareSeries, "fully-online-dossiers-share@provinces-2023:35": [{ figure: "fully-online-dossiers-share@2024@provinces-2023:35", asOf: "2024", area: {"units":"provinces-2023","code":"35"}, observation: fullyOnlineDossiersShare2024HaNam, release: kinhtedothi2024, status: "normal", publications: [{ observation: fullyOnlineDossiersShare2024HaNam, release: kinhtedothi2024, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }], "fully-online-dossiers-share@provinces-2023:48": [{ figure: "fully-online-dossiers-share@2024@provinces-2023:48", asOf: "2024", area: {"units":"provinces-2023","code":"48"}, observation: fullyOnlineDossiersShare2024DaNang, release: kinhtedothi2024, status: "normal", publications: [{ observation: fullyOnlineDossiersShare2024DaNang, release: kinhtedothi2024, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }], "fully-online-dossiers-share@provinces-2023:02": [{ figure: "fully-online-dossiers-share@2024@provinces-2023:02", asOf: "2024", area: {"units":"provinces-2023","code":"02"}, observation: fullyOnlineDossiersShare2024HaGiang, release: kinhtedothi2024, status: "normal", publications: [{ observation: fullyOnlineDossiersShare2024HaGiang, release: kinhtedothi2024, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }], "fully-online-dossiers-share@provinces-2023:36": [{ figure: "fully-online-dossiers-share@2024@provinces-2023:36", asOf: "2024", area: {"units":"provinces-2023","code":"36"}, observation: fullyOnlineDossiersShare2024NamDinh, release: kinhtedothi2024, status: "normal", publications: [{ observation: fullyOnlineDossiersShare2024NamDinh, release: kinhtedothi2024, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }], "ministries-fully-online-dossiers-share": ministriesFullyOnlineDossiersShareSeries, "provinces-fully-online-dossiers-share": provincesFullyOnlineDossiersShareSeries, "online-dossiers-share": onlineDossiersShareSeries, "online-services-with-dossiers-share": onlineServicesWithDossiersShareSeries, "ministries-procedures-fully-online-share": ministriesProceduresFullyOnlineShareSeries, "provinces-procedures-fully-online-share": provincesProceduresFullyOnlineShareSeries, "public-services-fully-digital-share": publicServicesFullyDigitalShareSeries, "digital-economy-value-added-share": digitalEconomyValueAddedShareSeries, "digital-economy-value-added-share-trial": digitalEconomyValueAddedShareTrialSeries, "digital-economy-share-ministry-estimate": digitalEconomyShareMinistryEstimateSeries, "dti-national": dtiNationalSeries, "dti-provinces-mean": dtiProvincesMeanSeries, "dti-province@provinces-2023:48": [{ figure: "dti-province@2020@provinces-2023:48", asOf: "2020", area: {"units":"provinces-2023","code":"48"}, observation: dtiProvince202048, release: doanhnghiepvaphattrien202110, status: "normal", publications: [{ observation: dtiProvince202048, release: doanhnghiepvaphattrien202110, knownFrom: "2021-10-19", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "dti-province@2023@provinces-2023:48", asOf: "2023", area: {"units":"provinces-2023","code":"48"}, observation: dtiProvince202348, release: baomoi20250206, status: "normal", publications: [{ observation: dtiProvince202348, release: baomoi20250206, knownFrom: "2025-02-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }], "dti-province@provinces-2023:84": [{ figure: "dti-province@2022@provinces-2023:84", asOf: "2022", area: {"units":"provinces-2023","code":"84"}, observation: dtiProvince202284, release: travinh202307, status: "normal", publications: [{ observation: dtiProvince202284, release: travinh202307, knownFrom: "2023-07-12", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }], "dti-province@provinces-2025:01": [{ figure: "dti-province@2024@provinces-2025:01", asOf: "2024", area: {"units":"provinces-2025","code":"01"}, observation: dtiProvince202401, release: dantri20251021, status: "normal", publications: [{ observation: dtiProvince202401, release: dantri20251021, knownFrom: "2025-10-21", vintage: 1, role: "first" }, { observation: dtiProvince202401Nhandan, release: nhandan20251021, knownFrom: "2025-10-21", vintage: 1, role: "relay" }, { observation: dtiProvince202401Vtcnews, release: vtcnews20251021, knownFrom: "2025-10-21", vintage: 1, role: "relay" }], revised: false, conflicts: [], reason: "release-order" }], "dti-province@provinces-2025:46": [{ figure: "dti-province@2024@provinces-2025:46", asOf: "2024", area: {"units":"provinces-2025","code":"46"}, observation: dtiProvince202446, release: dantri20251021, status: "normal", publications: [{ observation: dtiProvince202446, release: dantri20251021, knownFrom: "2025-10-21", vintage: 1, role: "first" }, { observation: dtiProvince202446Vtcnews, release: vtcnews20251021, knownFrom: "2025-10-21", vintage: 1, role: "relay" }], revised: false, conflicts: [], reason: "release-order" }], "dti-province@provinces-2025:31": [{ figure: "dti-province@2024@provinces-2025:31", asOf: "2024", area: {"units":"provinces-2025","code":"31"}, observation: dtiProvince202431, release: dantri20251021, status: "normal", publications: [{ observation: dtiProvince202431, release: dantri20251021, knownFrom: "2025-10-21", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }], "dti-province@provinces-2025:79": [{ figure: "dti-province@2024@provinces-2025:79", asOf: "2024", area: {"units":"provinces-2025","code":"79"}, observation: dtiProvince202479, release: dantri20251021, status: "normal", publications: [{ observation: dtiProvince202479, release: dantri20251021, knownFrom: "2025-10-21", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }], "dti-province@provinces-2025:15": [{ figure: "dti-province@2024@provinces-2025:15", asOf: "2024", area: {"units":"provinces-2025","code":"15"}, observation: dtiProvince202415, release: doingoailaocai202510, status: "normal", publications: [{ observation: dtiProvince202415, release: doingoailaocai202510, knownFrom: "2025-10-21", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }], "dti-ministries-services-mean": dtiMinistriesServicesMeanSeries, "dti-ministries-no-services-mean": dtiMinistriesNoServicesMeanSeries, "dti-provinces-mean-digital-government": dtiProvincesMeanDigitalGovernmentSeries, "dti-provinces-mean-digital-economy": dtiProvincesMeanDigitalEconomySeries, "dti-provinces-mean-digital-society": dtiProvincesMeanDigitalSocietySeries, "provinces-dti-at-least-half": provincesDtiAtLeastHalfSeries, "provinces-dti-above-mean": provincesDtiAboveMeanSeries, "ndxp-connection-points": ndxpConnectionPointsSeries, "ndxp-connected-agencies": ndxpConnectedAgenciesSeries, "resolution-57-tasks-completed-share": resolution57TasksCompletedShareSeries });

/**
 * Every indicator id, with the areas its figures are about (none: only the nation).
 *
 * @internal
 */
export const _areasByIndicator: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ _deepFreeze({ "fully-online-services-share": [], "fully-online-services-share-of-target": [], "level-4-online-services-share": [], "ministries-published-fully-online-list": [], "provinces-published-fully-online-list": [], "ministries-and-provinces-published-online-service-list": [], "ministries-egov-architecture-2": [], "provinces-egov-architecture-2": [], "ministries-dx-resolution": [], "provinces-dx-resolution": [], "provinces-dx-resolution-or-directive": [], "provinces-dx-programme-or-plan": [], "dx-steering-committee-share": [], "provinces-dx-steering-committee": [], "dx-plan-share": [], "ministries-dx-plan": [], "ministries-dx-plan-share": [], "provinces-dx-plan": [], "ministries-dx-plan-2024": [], "provinces-dx-plan-2024": [], "ndxp-transactions-quarter": [], "ndxp-transactions-month": [], "ndxp-transactions-daily-average": [], "ndxp-transactions-since-launch": [], "ndxp-transactions-year": [], "ndxp-transactions-share-of-target": [], "provinces-community-tech-teams": [], "provinces-deployed-community-tech-team-model": [], "community-tech-teams": [], "community-tech-team-members": [], "provinces-community-tech-teams-all-communes": [], "onetouch-visits": [], "mic-administrative-procedures": [], "mic-public-services": [], "mic-procedures-with-online-applications-share": [], "fully-online-dossiers-share": ["provinces-2023:35","provinces-2023:48","provinces-2023:02","provinces-2023:36"], "ministries-fully-online-dossiers-share": [], "provinces-fully-online-dossiers-share": [], "online-dossiers-share": [], "online-services-with-dossiers-share": [], "ministries-procedures-fully-online-share": [], "provinces-procedures-fully-online-share": [], "public-services-fully-digital-share": [], "digital-economy-value-added-share": [], "digital-economy-value-added-share-trial": [], "digital-economy-share-ministry-estimate": [], "dti-national": [], "dti-provinces-mean": [], "dti-province": ["provinces-2023:48","provinces-2023:84","provinces-2025:01","provinces-2025:46","provinces-2025:31","provinces-2025:79","provinces-2025:15"], "dti-ministries-services-mean": [], "dti-ministries-no-services-mean": [], "dti-provinces-mean-digital-government": [], "dti-provinces-mean-digital-economy": [], "dti-provinces-mean-digital-society": [], "provinces-dti-at-least-half": [], "provinces-dti-above-mean": [], "ndxp-connection-points": [], "ndxp-connected-agencies": [], "resolution-57-tasks-completed-share": [] });

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
  /** Share of dossiers handled fully online. */
  readonly "fully-online-dossiers-share": ValueObservation;
  /** Share of dossiers handled fully online: ministries. */
  readonly "ministries-fully-online-dossiers-share": ValueObservation;
  /** Share of dossiers handled fully online: provinces. */
  readonly "provinces-fully-online-dossiers-share": ValueObservation;
  /** Share of dossiers submitted online. */
  readonly "online-dossiers-share": ValueObservation;
  /** Share of online public services that received dossiers. */
  readonly "online-services-with-dossiers-share": ValueObservation;
  /** Share of the ministries' procedures provided as fully-online services. */
  readonly "ministries-procedures-fully-online-share": ValueObservation;
  /** Share of the provinces' procedures provided as fully-online services. */
  readonly "provinces-procedures-fully-online-share": ValueObservation;
  /** Share of public services done entirely in the digital environment. */
  readonly "public-services-fully-digital-share": ValueObservation;
  /** Digital economy value added as a share of GDP. */
  readonly "digital-economy-value-added-share": ValueObservation;
  /** Digital economy value added as a share of GDP (trial computation). */
  readonly "digital-economy-value-added-share-trial": ValueObservation;
  /** Digital economy share of GDP (the ministry's estimate). */
  readonly "digital-economy-share-ministry-estimate": ValueObservation;
  /** National Digital Transformation Index (DTI). */
  readonly "dti-national": ValueObservation;
  /** Provincial DTI, mean over the provinces. */
  readonly "dti-provinces-mean": ValueObservation;
  /** Provincial DTI of one province. */
  readonly "dti-province": ValueObservation;
  /** Ministry DTI, mean over the ministries providing public services. */
  readonly "dti-ministries-services-mean": ValueObservation;
  /** Ministry DTI, mean over the ministries providing no public services. */
  readonly "dti-ministries-no-services-mean": ValueObservation;
  /** Provincial DTI, digital-government pillar, mean over the provinces. */
  readonly "dti-provinces-mean-digital-government": ValueObservation;
  /** Provincial DTI, digital-economy pillar, mean over the provinces. */
  readonly "dti-provinces-mean-digital-economy": ValueObservation;
  /** Provincial DTI, digital-society pillar, mean over the provinces. */
  readonly "dti-provinces-mean-digital-society": ValueObservation;
  /** Provinces with a DTI of 0.5 or more. */
  readonly "provinces-dti-at-least-half": PartOfWholeObservation;
  /** Provinces with a DTI above the provincial mean. */
  readonly "provinces-dti-above-mean": PartOfWholeObservation;
  /** Connection points through NDXP. */
  readonly "ndxp-connection-points": ValueObservation;
  /** Agencies with systems connected through NDXP. */
  readonly "ndxp-connected-agencies": ValueObservation;
  /** Share of Resolution 57-NQ/TW tasks completed in the year. */
  readonly "resolution-57-tasks-completed-share": ValueObservation;
}
