// generated — do not edit.
// Made by scripts/generate.ts from data/indicators.json, data/releases/24h-2022-02.json, data/releases/antoanthongtin-2022-03.json, data/releases/baokiemtoan-2022-03.json, data/releases/1thegioi-2022-06-02.json, data/releases/thoibao-2022-06-15.json, data/releases/thoisutoancanh-2022-08.json, data/releases/qdnd-2022-08.json, data/releases/doanhnghiepvadoisong-2022-08.json, data/releases/anninhthudo-2022-09.json, data/releases/vneconomy-2022-q3.json, data/releases/mic-2023-q1.json, data/releases/vienkinhteso-2023-04.json, data/releases/vneconomy-2023-05-05.json, data/releases/vietnamnet-2023-05.json, data/releases/anlao-2023-06.json, data/releases/cafef-2023-08.json, data/releases/giaoduc-2023-09-20.json, data/releases/cafef-2023-09.json, data/releases/cchccantho-2024-04.json, data/releases/vov-2024-09.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_lib/_deepFreeze.js";
import type { SeriesPoint } from "../model/series.js";
import { communityTechTeamMembers, communityTechTeamMembers20220526, communityTechTeamMembers20220614, communityTechTeamMembers20220820, communityTechTeamMembers20220823, communityTechTeamMembers20230822, communityTechTeamMembers20230904, communityTechTeams, communityTechTeams20220526, communityTechTeams20220614, communityTechTeams20220820, communityTechTeams20220823, communityTechTeams20230822, communityTechTeams202309, communityTechTeams20230904, communityTechTeams202409, dxPlanShare, dxPlanShare20230828, dxPlanShare202309, dxSteeringCommitteeShare, dxSteeringCommitteeShare2022Q3, dxSteeringCommitteeShare20230828, dxSteeringCommitteeShare202309, fullyOnlineServicesShare, fullyOnlineServicesShare202303, fullyOnlineServicesShare202304, fullyOnlineServicesShare20230430, fullyOnlineServicesShare20230430Vienkinhteso, fullyOnlineServicesShare20230619, fullyOnlineServicesShareOfTarget20230619, level4OnlineServicesShare20220120, level4OnlineServicesShare20220831, micAdministrativeProcedures, micProceduresWithOnlineApplicationsShare, micPublicServices, ministriesAndProvincesPublishedOnlineServiceList20230619, ministriesDxPlan20230828, ministriesDxPlan2024202404, ministriesDxPlanShare2022Q3, ministriesDxResolution, ministriesDxResolution20230828, ministriesEgovArchitecture2, ministriesEgovArchitecture220220323, ministriesEgovArchitecture220230828, ministriesPublishedFullyOnlineList, ndxpTransactions2023Q1, ndxpTransactions2023Q1ShareOfTarget, ndxpTransactionsCumulative, ndxpTransactionsDailyAverage20220926, ndxpTransactionsDailyAverage202404, ndxpTransactionsMonth20220323, ndxpTransactionsMonth20220926, ndxpTransactionsMonth20230430, ndxpTransactionsQuarter20220323, ndxpTransactionsSinceLaunch20220926, onetouchVisits, onetouchVisits20230822, onetouchVisits20230904, provincesCommunityTechTeams, provincesCommunityTechTeams20220526, provincesCommunityTechTeams20220614, provincesCommunityTechTeams20230822, provincesCommunityTechTeams202309, provincesCommunityTechTeams20230904, provincesCommunityTechTeamsAllCommunes, provincesCommunityTechTeamsAllCommunes20230822, provincesCommunityTechTeamsAllCommunes202309, provincesCommunityTechTeamsAllCommunes20230904, provincesDeployedCommunityTechTeamModel20220820, provincesDeployedCommunityTechTeamModel20220823, provincesDeployedCommunityTechTeamModel20220823Qdnd, provincesDxPlan2022Q3, provincesDxPlan20230619, provincesDxPlan20230828, provincesDxPlan2024202404, provincesDxProgrammeOrPlan20220120, provincesDxResolution, provincesDxResolution20230828, provincesDxResolutionOrDirective20230619, provincesDxSteeringCommittee20220323, provincesDxSteeringCommittee20230619, provincesEgovArchitecture2, provincesEgovArchitecture220220120, provincesEgovArchitecture220220323, provincesEgovArchitecture220230828, provincesPublishedFullyOnlineList } from "./observations.js";
import { anlao202306, anninhthudo202209, antoanthongtin202203, baokiemtoan202203, cafef202308, cafef202309, cchccantho202404, doanhnghiepvadoisong202208, giaoduc20230920, mic2023Q1, qdnd202208, release1thegioi20220602, release24h202202, thoibao20220615, thoisutoancanh202208, vienkinhteso202304, vietnamnet202305, vneconomy2022Q3, vneconomy20230505, vov202409 } from "./releases.js";

/**
 * The series of `fully-online-services-share` (Share of eligible public services available fully online): `74,72%` (2023-03-06), `77,08%` (2023-03), `84,14%` (2023-04), `trên 84%` (2023-04-30), `trên 84,1%` (2023-04-30), `90,66%` (2023-06-19).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const fullyOnlineServicesShareSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: fullyOnlineServicesShare, release: mic2023Q1, conflicts: [] }, { observation: fullyOnlineServicesShare202303, release: vneconomy20230505, conflicts: [] }, { observation: fullyOnlineServicesShare202304, release: vneconomy20230505, conflicts: [] }, { observation: fullyOnlineServicesShare20230430Vienkinhteso, release: vienkinhteso202304, conflicts: [] }, { observation: fullyOnlineServicesShare20230430, release: vietnamnet202305, conflicts: [] }, { observation: fullyOnlineServicesShare20230619, release: anlao202306, conflicts: [] }]);

/**
 * The series of `fully-online-services-share-of-target` (Fully-online services as a share of the year's plan): `90,66%` (2023-06-19).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const fullyOnlineServicesShareOfTargetSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: fullyOnlineServicesShareOfTarget20230619, release: anlao202306, conflicts: [] }]);

/**
 * The series of `level-4-online-services-share` (Share of eligible public services online at level 4): `96,74%` (2022-01-20), `khoảng 97,3%` (2022-08-31).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const level4OnlineServicesShareSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: level4OnlineServicesShare20220120, release: release24h202202, conflicts: [] }, { observation: level4OnlineServicesShare20220831, release: doanhnghiepvadoisong202208, conflicts: [] }]);

/**
 * The series of `ministries-published-fully-online-list` (Ministries and sectors that have published and sent their list of services eligible for full online processing): `15` (2023-03-06).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ministriesPublishedFullyOnlineListSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ministriesPublishedFullyOnlineList, release: mic2023Q1, conflicts: [] }]);

/**
 * The series of `provinces-published-fully-online-list` (Provinces and cities that have published and sent their list of services eligible for full online processing): `55` (2023-03-06).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesPublishedFullyOnlineListSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesPublishedFullyOnlineList, release: mic2023Q1, conflicts: [] }]);

/**
 * The series of `ministries-and-provinces-published-online-service-list` (Ministries and provinces that have issued their list of fully and partly online services under Decree 42/2022): `80/83` (2023-06-19).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ministriesAndProvincesPublishedOnlineServiceListSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ministriesAndProvincesPublishedOnlineServiceList20230619, release: anlao202306, conflicts: [] }]);

/**
 * The series of `ministries-egov-architecture-2` (Ministries that have issued e-government architecture 2.0): `19/22` (2022-03-23), `19/22` (2023-03-06), `22/22` (2023-08-28).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ministriesEgovArchitecture2Series: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ministriesEgovArchitecture220220323, release: baokiemtoan202203, conflicts: [] }, { observation: ministriesEgovArchitecture2, release: mic2023Q1, conflicts: [] }, { observation: ministriesEgovArchitecture220230828, release: cafef202308, conflicts: [] }]);

/**
 * The series of `provinces-egov-architecture-2` (Provinces that have built or updated e-government architecture 2.0): `54/63` (2022-01-20), `59/63` (2022-03-23), `63/63` (2023-03-06), `63/63` (2023-08-28).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesEgovArchitecture2Series: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesEgovArchitecture220220120, release: release24h202202, conflicts: [] }, { observation: provincesEgovArchitecture220220323, release: baokiemtoan202203, conflicts: [] }, { observation: provincesEgovArchitecture2, release: mic2023Q1, conflicts: [] }, { observation: provincesEgovArchitecture220230828, release: cafef202308, conflicts: [] }]);

/**
 * The series of `ministries-dx-resolution` (Ministries that have issued a resolution or programme on digital transformation): `4/22` (2023-03-06), `4/22` (2023-08-28).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ministriesDxResolutionSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ministriesDxResolution, release: mic2023Q1, conflicts: [] }, { observation: ministriesDxResolution20230828, release: cafef202308, conflicts: [] }]);

/**
 * The series of `provinces-dx-resolution` (Provinces that have issued a resolution or programme on digital transformation): `62/63` (2023-03-06), `63/63` (2023-08-28).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesDxResolutionSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesDxResolution, release: mic2023Q1, conflicts: [] }, { observation: provincesDxResolution20230828, release: cafef202308, conflicts: [] }]);

/**
 * The series of `provinces-dx-resolution-or-directive` (Provinces that have issued a resolution or directive on digital transformation): `63/63` (2023-06-19).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesDxResolutionOrDirectiveSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesDxResolutionOrDirective20230619, release: anlao202306, conflicts: [] }]);

/**
 * The series of `provinces-dx-programme-or-plan` (Provinces that have drawn up a digital-transformation programme or plan): `52/63` (2022-01-20).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesDxProgrammeOrPlanSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesDxProgrammeOrPlan20220120, release: release24h202202, conflicts: [] }]);

/**
 * The series of `dx-steering-committee-share` (Share of ministries and localities that have set up or consolidated a digital-transformation steering committee): `100%` (2022-Q3), `100%` (2023-03-06), `100%` (2023-08-28), `100%` (2023-09).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const dxSteeringCommitteeShareSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: dxSteeringCommitteeShare2022Q3, release: vneconomy2022Q3, conflicts: [] }, { observation: dxSteeringCommitteeShare, release: mic2023Q1, conflicts: [] }, { observation: dxSteeringCommitteeShare20230828, release: cafef202308, conflicts: [] }, { observation: dxSteeringCommitteeShare202309, release: giaoduc20230920, conflicts: [] }]);

/**
 * The series of `provinces-dx-steering-committee` (Provinces that have set up or consolidated a digital-transformation steering committee): `59/63` (2022-03-23), `63/63` (2023-06-19).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesDxSteeringCommitteeSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesDxSteeringCommittee20220323, release: baokiemtoan202203, conflicts: [] }, { observation: provincesDxSteeringCommittee20230619, release: anlao202306, conflicts: [] }]);

/**
 * The series of `dx-plan-share` (Share of ministries and localities that have issued a digital-transformation plan or scheme): `100%` (2023-03-06), `100%` (2023-08-28), `100%` (2023-09).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const dxPlanShareSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: dxPlanShare, release: mic2023Q1, conflicts: [] }, { observation: dxPlanShare20230828, release: cafef202308, conflicts: [] }, { observation: dxPlanShare202309, release: giaoduc20230920, conflicts: [] }]);

/**
 * The series of `ministries-dx-plan` (Ministries that have issued a digital-transformation plan or scheme): `22/22` (2023-08-28).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ministriesDxPlanSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ministriesDxPlan20230828, release: cafef202308, conflicts: [] }]);

/**
 * The series of `ministries-dx-plan-share` (Share of ministries that have issued a digital-transformation plan or scheme): `100%` (2022-Q3).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ministriesDxPlanShareSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ministriesDxPlanShare2022Q3, release: vneconomy2022Q3, conflicts: [] }]);

/**
 * The series of `provinces-dx-plan` (Provinces that have issued a digital-transformation plan or scheme): `62/63` (2022-Q3), `63/63` (2023-06-19), `63/63` (2023-08-28).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesDxPlanSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesDxPlan2022Q3, release: vneconomy2022Q3, conflicts: [] }, { observation: provincesDxPlan20230619, release: anlao202306, conflicts: [] }, { observation: provincesDxPlan20230828, release: cafef202308, conflicts: [] }]);

/**
 * The series of `ministries-dx-plan-2024` (Ministries that have issued their 2024 digital-transformation plan): `21/22` (2024-04).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ministriesDxPlan2024Series: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ministriesDxPlan2024202404, release: cchccantho202404, conflicts: [] }]);

/**
 * The series of `provinces-dx-plan-2024` (Provinces that have issued their 2024 digital-transformation plan): `62/63` (2024-04).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesDxPlan2024Series: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesDxPlan2024202404, release: cchccantho202404, conflicts: [] }]);

/**
 * The series of `ndxp-transactions-quarter` (NDXP transactions in a quarter): `trên 134,5 triệu` (2022-03-23), `hơn 111 triệu` (2023-03-06).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsQuarterSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ndxpTransactionsQuarter20220323, release: antoanthongtin202203, conflicts: ["ndxp-partial-quarters"] }, { observation: ndxpTransactions2023Q1, release: mic2023Q1, conflicts: ["ndxp-partial-quarters"] }]);

/**
 * The series of `ndxp-transactions-month` (NDXP transactions in a month): `gần 48 triệu` (2022-03-23), `58.397.139` (2022-09-26), `27,247 triệu` (2023-04-30).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsMonthSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ndxpTransactionsMonth20220323, release: antoanthongtin202203, conflicts: [] }, { observation: ndxpTransactionsMonth20220926, release: anninhthudo202209, conflicts: [] }, { observation: ndxpTransactionsMonth20230430, release: vneconomy20230505, conflicts: [] }]);

/**
 * The series of `ndxp-transactions-daily-average` (NDXP transactions a day, on average): `khoảng 1,6 triệu` (2022-09-26), `khoảng 2,8 triệu` (2024-04).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsDailyAverageSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ndxpTransactionsDailyAverage20220926, release: anninhthudo202209, conflicts: [] }, { observation: ndxpTransactionsDailyAverage202404, release: cchccantho202404, conflicts: [] }]);

/**
 * The series of `ndxp-transactions-since-launch` (NDXP transactions since the platform's launch): `hơn 661 triệu` (2022-09-26), `hơn 1,276 tỷ` (2023-03-06).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsSinceLaunchSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ndxpTransactionsSinceLaunch20220926, release: anninhthudo202209, conflicts: ["ndxp-since-launch-2022-09-date"] }, { observation: ndxpTransactionsCumulative, release: mic2023Q1, conflicts: [] }]);

/**
 * The series of `ndxp-transactions-year` (NDXP transactions in a year): no level figure yet.
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsYearSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([]);

/**
 * The series of `ndxp-transactions-share-of-target` (NDXP transactions as a share of the year's target): `khoảng 12,95%` (2023-03-06).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsShareOfTargetSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: ndxpTransactions2023Q1ShareOfTarget, release: mic2023Q1, conflicts: [] }]);

/**
 * The series of `provinces-community-tech-teams` (Provinces that have set up community digital technology teams): `26/63` (2022-05-26), `34/63` (2022-06-14), `63/63` (2023-03-06), `63/63` (2023-08-22), `63/63` (2023-09-04), `63/63` (2023-09).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesCommunityTechTeamsSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesCommunityTechTeams20220526, release: release1thegioi20220602, conflicts: [] }, { observation: provincesCommunityTechTeams20220614, release: thoibao20220615, conflicts: [] }, { observation: provincesCommunityTechTeams, release: mic2023Q1, conflicts: [] }, { observation: provincesCommunityTechTeams20230822, release: cafef202308, conflicts: [] }, { observation: provincesCommunityTechTeams20230904, release: cafef202309, conflicts: [] }, { observation: provincesCommunityTechTeams202309, release: giaoduc20230920, conflicts: [] }]);

/**
 * The series of `provinces-deployed-community-tech-team-model` (Provinces that have deployed the community digital technology team model): `49/63` (2022-08-20), `49/63` (2022-08-23), `49/63` (2022-08-23).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesDeployedCommunityTechTeamModelSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesDeployedCommunityTechTeamModel20220820, release: thoisutoancanh202208, conflicts: ["community-tech-teams-2022-08-dates"] }, { observation: provincesDeployedCommunityTechTeamModel20220823Qdnd, release: qdnd202208, conflicts: [] }, { observation: provincesDeployedCommunityTechTeamModel20220823, release: vneconomy2022Q3, conflicts: ["community-tech-teams-2022-08-dates"] }]);

/**
 * The series of `community-tech-teams` (Community digital technology teams): `18.286` (2022-05-26), `27.218` (2022-06-14), `hơn 42.460` (2022-08-20), `42.469` (2022-08-23), `71.836` (2023-03-06), `74.818` (2023-08-22), `76.905` (2023-09-04), `76.905` (2023-09), `93.524` (2024-09).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const communityTechTeamsSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: communityTechTeams20220526, release: release1thegioi20220602, conflicts: [] }, { observation: communityTechTeams20220614, release: thoibao20220615, conflicts: [] }, { observation: communityTechTeams20220820, release: thoisutoancanh202208, conflicts: ["community-tech-teams-2022-08-dates"] }, { observation: communityTechTeams20220823, release: vneconomy2022Q3, conflicts: ["community-tech-teams-2022-08-dates"] }, { observation: communityTechTeams, release: mic2023Q1, conflicts: [] }, { observation: communityTechTeams20230822, release: cafef202308, conflicts: [] }, { observation: communityTechTeams20230904, release: cafef202309, conflicts: [] }, { observation: communityTechTeams202309, release: giaoduc20230920, conflicts: [] }, { observation: communityTechTeams202409, release: vov202409, conflicts: [] }]);

/**
 * The series of `community-tech-team-members` (Members of community digital technology teams): `64.432` (2022-05-26), `130.487` (2022-06-14), `trên 208.300` (2022-08-20), `hơn 208 nghìn` (2022-08-23), `334.896` (2023-03-06), `351.159` (2023-08-22), `356.914` (2023-09-04).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const communityTechTeamMembersSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: communityTechTeamMembers20220526, release: release1thegioi20220602, conflicts: [] }, { observation: communityTechTeamMembers20220614, release: thoibao20220615, conflicts: [] }, { observation: communityTechTeamMembers20220820, release: thoisutoancanh202208, conflicts: ["community-tech-teams-2022-08-dates"] }, { observation: communityTechTeamMembers20220823, release: vneconomy2022Q3, conflicts: ["community-tech-teams-2022-08-dates"] }, { observation: communityTechTeamMembers, release: mic2023Q1, conflicts: [] }, { observation: communityTechTeamMembers20230822, release: cafef202308, conflicts: [] }, { observation: communityTechTeamMembers20230904, release: cafef202309, conflicts: [] }]);

/**
 * The series of `provinces-community-tech-teams-all-communes` (Provinces with community digital technology teams in every commune): `48/63` (2023-03-06), `52/63` (2023-08-22), `53/63` (2023-09-04), `53/63` (2023-09).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const provincesCommunityTechTeamsAllCommunesSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: provincesCommunityTechTeamsAllCommunes, release: mic2023Q1, conflicts: [] }, { observation: provincesCommunityTechTeamsAllCommunes20230822, release: cafef202308, conflicts: [] }, { observation: provincesCommunityTechTeamsAllCommunes20230904, release: cafef202309, conflicts: [] }, { observation: provincesCommunityTechTeamsAllCommunes202309, release: giaoduc20230920, conflicts: [] }]);

/**
 * The series of `onetouch-visits` (Visits to the OneTouch platform): `hơn 17,5 triệu` (2023-02-21), `18,053 triệu` (2023-08-22), `18,053 triệu` (2023-09-04).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const onetouchVisitsSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: onetouchVisits, release: mic2023Q1, conflicts: [] }, { observation: onetouchVisits20230822, release: cafef202308, conflicts: ["onetouch-visits-same-count-two-dates"] }, { observation: onetouchVisits20230904, release: cafef202309, conflicts: ["onetouch-visits-same-count-two-dates"] }]);

/**
 * The series of `mic-administrative-procedures` (Administrative procedures of the Ministry of Information and Communications): `262` (2023-03-06).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const micAdministrativeProceduresSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: micAdministrativeProcedures, release: mic2023Q1, conflicts: [] }]);

/**
 * The series of `mic-public-services` (Public services of the Ministry of Information and Communications): `274` (2023-03-06).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const micPublicServicesSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: micPublicServices, release: mic2023Q1, conflicts: [] }]);

/**
 * The series of `mic-procedures-with-online-applications-share` (Share of the ministry's administrative procedures that received online applications): `31%` (2023-03-06).
 * Each figure with its release, in as-of order; a bundle that imports it
 * carries these releases only.
 *
 * @category Series
 */
export const micProceduresWithOnlineApplicationsShareSeries: readonly SeriesPoint[] = /* @__PURE__ */ _deepFreeze([{ observation: micProceduresWithOnlineApplicationsShare, release: mic2023Q1, conflicts: [] }]);
