// generated — do not edit.
// Made by scripts/generate.ts from data/indicators.json, data/releases/doanhnghiepvaphattrien-2021-10.json, data/releases/tapchicongthuong-2021-10.json, data/releases/24h-2022-02.json, data/releases/antoanthongtin-2022-03.json, data/releases/baokiemtoan-2022-03.json, data/releases/ictvietnam-2022-04-04.json, data/releases/1thegioi-2022-06-02.json, data/releases/thoibao-2022-06-15.json, data/releases/kinhtedothi-2022-08.json, data/releases/thoisutoancanh-2022-08.json, data/releases/qdnd-2022-08.json, data/releases/doanhnghiepvadoisong-2022-08.json, data/releases/laodongthudo-2022-08.json, data/releases/anninhthudo-2022-09.json, data/releases/vneconomy-2022-q3.json, data/releases/mic-2023-q1.json, data/releases/vienkinhteso-2023-04.json, data/releases/vneconomy-2023-05-05.json, data/releases/vietnamnet-2023-05.json, data/releases/anlao-2023-06.json, data/releases/vnmedia-2023-06.json, data/releases/travinh-2023-07.json, data/releases/cafef-2023-08.json, data/releases/cafef-2023-09.json, data/releases/tapchibaohiemxahoi-2023-09-14.json, data/releases/giaoduc-2023-09-20.json, data/releases/vietnamnet-2023-12-04.json, data/releases/baogialai-2023-12.json, data/releases/congthuong-2023-12-29.json, data/releases/nld-2023-12-29.json, data/releases/dukcoquantwtphcm-2023.json, data/releases/cchccantho-2024-04.json, data/releases/dongnai-2024-06.json, data/releases/ninhthuan-2024-07-10.json, data/releases/vov-2024-09.json, data/releases/sggp-2024-12-29.json, data/releases/kinhtedothi-2024.json, data/releases/tracuuquyhoach-2024.json, data/releases/baomoi-2025-01-06.json, data/releases/baomoi-2025-02-06.json, data/releases/tothethao-2025-02.json, data/releases/vietbao-2025-02.json, data/releases/vneconomy-2025-02.json, data/releases/baomoi-2025-06.json, data/releases/baomoi-2025-10.json, data/releases/dantri-2025-10-21.json, data/releases/doingoailaocai-2025-10.json, data/releases/nhandan-2025-10-21.json, data/releases/thanhnien-2025-10-21.json, data/releases/vietnamnet-2025-10-21.json, data/releases/vnexpress-2025-10-21.json, data/releases/vtcnews-2025-10-21.json, data/releases/mst-2025-10-31.json, data/releases/vietnamnet-2025-11-07.json, data/releases/vietnamplus-2025-11-08.json, data/releases/vietnamnet-2025-11-26.json, data/releases/huengaynay-2025-12-27.json, data/releases/thoibaotaichinh-2026-01-05.json, data/releases/vneconomy-2026-01-06.json; run `npm run generate` after changing those.

import { _deepFreeze } from "../_lib/_deepFreeze.js";
import type { PartOfWholeObservation, ValueObservation } from "../model/observation.js";
import type { SeriesPoint } from "../model/series.js";
import { communityTechTeamMembers, communityTechTeamMembers20220526, communityTechTeamMembers20220614, communityTechTeamMembers20220820, communityTechTeamMembers20220823, communityTechTeamMembers20220831, communityTechTeamMembers20230822, communityTechTeamMembers20230904, communityTechTeams, communityTechTeams20220404, communityTechTeams20220526, communityTechTeams20220614, communityTechTeams20220820, communityTechTeams20220823, communityTechTeams20220831, communityTechTeams20230822, communityTechTeams202309, communityTechTeams20230904, communityTechTeams202409, digitalEconomyShareMinistryEstimate2021, digitalEconomyShareMinistryEstimate2022, digitalEconomyShareMinistryEstimate2023, digitalEconomyShareMinistryEstimate2024, digitalEconomyShareMinistryEstimate20240630, digitalEconomyShareMinistryEstimate20240630Dongnai, digitalEconomyValueAddedShare2020Baomoi, digitalEconomyValueAddedShare2020Congthuong, digitalEconomyValueAddedShare2020Dukcoquantwtphcm, digitalEconomyValueAddedShare2020Tracuuquyhoach, digitalEconomyValueAddedShare2021Baomoi, digitalEconomyValueAddedShare2021Congthuong, digitalEconomyValueAddedShare2021Dukcoquantwtphcm, digitalEconomyValueAddedShare2021Tracuuquyhoach, digitalEconomyValueAddedShare2021Vneconomy, digitalEconomyValueAddedShare2022Baomoi, digitalEconomyValueAddedShare2022Congthuong, digitalEconomyValueAddedShare2022Dukcoquantwtphcm, digitalEconomyValueAddedShare2022Tracuuquyhoach, digitalEconomyValueAddedShare2023Baomoi, digitalEconomyValueAddedShare2023Congthuong, digitalEconomyValueAddedShare2023Dukcoquantwtphcm, digitalEconomyValueAddedShare2023Tracuuquyhoach, digitalEconomyValueAddedShare2024Baomoi, digitalEconomyValueAddedShare2024Tracuuquyhoach, digitalEconomyValueAddedShare2025Thoibaotaichinh, digitalEconomyValueAddedShare2025Vneconomy, digitalEconomyValueAddedShareTrial2022, digitalEconomyValueAddedShareTrial2022Vietnamnet, dtiMinistriesNoServicesMean2020, dtiMinistriesNoServicesMean2021, dtiMinistriesNoServicesMean2023, dtiMinistriesNoServicesMean2023Vneconomy, dtiMinistriesServicesMean2020, dtiMinistriesServicesMean2021, dtiMinistriesServicesMean2023, dtiMinistriesServicesMean2023Vneconomy, dtiNational2023, dtiNational2023Dantri, dtiNational2023Vietbao, dtiNational2024, dtiNational2024Vietnamnet, dtiNational2024Vnexpress, dtiProvince202048, dtiProvince202284, dtiProvince202348, dtiProvince202401, dtiProvince202401Nhandan, dtiProvince202401Vtcnews, dtiProvince202415, dtiProvince202431, dtiProvince202446, dtiProvince202446Vtcnews, dtiProvince202479, dtiProvincesMean2020, dtiProvincesMean2020Doanhnghiepvaphattrien, dtiProvincesMean2021, dtiProvincesMean2022, dtiProvincesMean2023, dtiProvincesMean2023Tothethao, dtiProvincesMean2024, dtiProvincesMean2024Baomoi, dtiProvincesMean2024Vnexpress, dtiProvincesMeanDigitalEconomy2024, dtiProvincesMeanDigitalEconomy2024Baomoi, dtiProvincesMeanDigitalGovernment2024, dtiProvincesMeanDigitalGovernment2024Baomoi, dtiProvincesMeanDigitalSociety2024, dxPlanShare, dxPlanShare20230828, dxPlanShare202309, dxSteeringCommitteeShare, dxSteeringCommitteeShare2022Q3, dxSteeringCommitteeShare20230828, dxSteeringCommitteeShare202309, fullyOnlineDossiersShare2023, fullyOnlineDossiersShare2023Dongnai, fullyOnlineDossiersShare2024, fullyOnlineDossiersShare20240630, fullyOnlineDossiersShare20240630Dongnai, fullyOnlineDossiersShare2024DaNang, fullyOnlineDossiersShare2024HaGiang, fullyOnlineDossiersShare2024HaNam, fullyOnlineDossiersShare2024NamDinh, fullyOnlineDossiersShare202506, fullyOnlineDossiersShare20251021, fullyOnlineDossiersShare20251026, fullyOnlineDossiersShare20251126, fullyOnlineServicesShare, fullyOnlineServicesShare202303, fullyOnlineServicesShare202304, fullyOnlineServicesShare20230430, fullyOnlineServicesShare20230430Vienkinhteso, fullyOnlineServicesShare20230619, fullyOnlineServicesShareOfTarget20230619, level4OnlineServicesShare20220120, level4OnlineServicesShare20220831, micAdministrativeProcedures, micProceduresWithOnlineApplicationsShare, micPublicServices, ministriesAndProvincesPublishedOnlineServiceList20230619, ministriesDxPlan20230828, ministriesDxPlan2024202404, ministriesDxPlanShare2022Q3, ministriesDxResolution, ministriesDxResolution20230828, ministriesEgovArchitecture2, ministriesEgovArchitecture220220323, ministriesEgovArchitecture220230828, ministriesFullyOnlineDossiersShare2023, ministriesFullyOnlineDossiersShare2023Dongnai, ministriesFullyOnlineDossiersShare2024, ministriesFullyOnlineDossiersShare20240630, ministriesFullyOnlineDossiersShare20240630Dongnai, ministriesFullyOnlineDossiersShare202506, ministriesFullyOnlineDossiersShare20251026, ministriesProceduresFullyOnlineShare20251108, ministriesPublishedFullyOnlineList, ndxpConnectedAgencies202404, ndxpConnectionPoints202404, ndxpTransactions2023Q1, ndxpTransactions2023Q1ShareOfTarget, ndxpTransactionsCumulative, ndxpTransactionsDailyAverage20220926, ndxpTransactionsDailyAverage202404, ndxpTransactionsMonth20220323, ndxpTransactionsMonth20220926, ndxpTransactionsMonth20230430, ndxpTransactionsQuarter20220323, ndxpTransactionsSinceLaunch20220926, onetouchVisits, onetouchVisits20230822, onetouchVisits20230904, onlineDossiersShare20230430, onlineServicesWithDossiersShare20230430, provincesCommunityTechTeams, provincesCommunityTechTeams20220526, provincesCommunityTechTeams20220614, provincesCommunityTechTeams20220831, provincesCommunityTechTeams20230822, provincesCommunityTechTeams202309, provincesCommunityTechTeams20230904, provincesCommunityTechTeamsAllCommunes, provincesCommunityTechTeamsAllCommunes20230822, provincesCommunityTechTeamsAllCommunes202309, provincesCommunityTechTeamsAllCommunes20230904, provincesDeployedCommunityTechTeamModel20220820, provincesDeployedCommunityTechTeamModel20220823, provincesDeployedCommunityTechTeamModel20220823Qdnd, provincesDtiAboveMean2023, provincesDtiAtLeastHalf2023, provincesDxPlan2022Q3, provincesDxPlan20230619, provincesDxPlan20230828, provincesDxPlan2024202404, provincesDxProgrammeOrPlan20220120, provincesDxResolution, provincesDxResolution20230828, provincesDxResolutionOrDirective20230619, provincesDxSteeringCommittee20220323, provincesDxSteeringCommittee20230619, provincesEgovArchitecture2, provincesEgovArchitecture220220120, provincesEgovArchitecture220220323, provincesEgovArchitecture220230828, provincesFullyOnlineDossiersShare2023, provincesFullyOnlineDossiersShare2023Dongnai, provincesFullyOnlineDossiersShare2024, provincesFullyOnlineDossiersShare20240630, provincesFullyOnlineDossiersShare20240630Dongnai, provincesFullyOnlineDossiersShare202506, provincesFullyOnlineDossiersShare20251026, provincesProceduresFullyOnlineShare20251108, provincesPublishedFullyOnlineList, publicServicesFullyDigitalShare20251031, resolution57TasksCompletedShare2025 } from "./observations.js";
import { anlao202306, anninhthudo202209, antoanthongtin202203, baogialai202312, baokiemtoan202203, baomoi20250106, baomoi20250206, baomoi202506, baomoi202510, cafef202308, cafef202309, cchccantho202404, congthuong20231229, dantri20251021, doanhnghiepvadoisong202208, doanhnghiepvaphattrien202110, doingoailaocai202510, dongnai202406, dukcoquantwtphcm2023, giaoduc20230920, huengaynay20251227, ictvietnam20220404, kinhtedothi202208, kinhtedothi2024, laodongthudo202208, mic2023Q1, mst20251031, nhandan20251021, ninhthuan20240710, nld20231229, qdnd202208, release1thegioi20220602, release24h202202, sggp20241229, tapchibaohiemxahoi20230914, tapchicongthuong202110, thanhnien20251021, thoibao20220615, thoibaotaichinh20260105, thoisutoancanh202208, tothethao202502, tracuuquyhoach2024, travinh202307, vienkinhteso202304, vietbao202502, vietnamnet202305, vietnamnet20231204, vietnamnet20251021, vietnamnet20251107, vietnamnet20251126, vietnamplus20251108, vneconomy2022Q3, vneconomy20230505, vneconomy202502, vneconomy20260106, vnexpress20251021, vnmedia202306, vov202409, vtcnews20251021 } from "./releases.js";

/**
 * The newest figure of `fully-online-services-share` (Share of eligible public services available fully online): `90,66%` (2023-06-19), from `anlao-2023-06`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const fullyOnlineServicesShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "fully-online-services-share@2023-06-19", asOf: "2023-06-19", area: null, observation: fullyOnlineServicesShare20230619, release: anlao202306, status: "estimate", publications: [{ observation: fullyOnlineServicesShare20230619, release: anlao202306, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `fully-online-services-share` (Share of eligible public services available fully online), one point per figure: `74,72%` (2023-03-06), `77,08%` (2023-03), `84,14%` (2023-04), `trên 84,1%` (2023-04-30, 2 publications), `90,66%` (2023-06-19).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const fullyOnlineServicesShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "fully-online-services-share@2023-03-06", asOf: "2023-03-06", area: null, observation: fullyOnlineServicesShare, release: mic2023Q1, status: "normal", publications: [{ observation: fullyOnlineServicesShare, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "fully-online-services-share@2023-03", asOf: "2023-03", area: null, observation: fullyOnlineServicesShare202303, release: vneconomy20230505, status: "normal", publications: [{ observation: fullyOnlineServicesShare202303, release: vneconomy20230505, knownFrom: "2023-05-05", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "fully-online-services-share@2023-04", asOf: "2023-04", area: null, observation: fullyOnlineServicesShare202304, release: vneconomy20230505, status: "normal", publications: [{ observation: fullyOnlineServicesShare202304, release: vneconomy20230505, knownFrom: "2023-05-05", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "fully-online-services-share@2023-04-30", asOf: "2023-04-30", area: null, observation: fullyOnlineServicesShare20230430, release: vietnamnet202305, status: "normal", publications: [{ observation: fullyOnlineServicesShare20230430, release: vietnamnet202305, knownFrom: "2023-05-31", vintage: 1, role: "first" }, { observation: fullyOnlineServicesShare20230430Vienkinhteso, release: vienkinhteso202304, knownFrom: "2026-12-03", vintage: 2, role: "conflicting" }], revised: false, conflicts: ["fully-online-services-share-2023-04-30-precision"], reason: "dated" }, fullyOnlineServicesShareLatest]);

/**
 * The newest figure of `fully-online-services-share-of-target` (Fully-online services as a share of the year's plan): `90,66%` (2023-06-19), from `anlao-2023-06`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const fullyOnlineServicesShareOfTargetLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "fully-online-services-share-of-target@2023-06-19", asOf: "2023-06-19", area: null, observation: fullyOnlineServicesShareOfTarget20230619, release: anlao202306, status: "estimate", publications: [{ observation: fullyOnlineServicesShareOfTarget20230619, release: anlao202306, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `fully-online-services-share-of-target` (Fully-online services as a share of the year's plan), one point per figure: `90,66%` (2023-06-19).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const fullyOnlineServicesShareOfTargetSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([fullyOnlineServicesShareOfTargetLatest]);

/**
 * The newest figure of `level-4-online-services-share` (Share of eligible public services online at level 4): `khoảng 97,3%` (2022-08-31), from `doanhnghiepvadoisong-2022-08` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const level4OnlineServicesShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "level-4-online-services-share@2022-08-31", asOf: "2022-08-31", area: null, observation: level4OnlineServicesShare20220831, release: doanhnghiepvadoisong202208, status: "normal", publications: [{ observation: level4OnlineServicesShare20220831, release: doanhnghiepvadoisong202208, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `level-4-online-services-share` (Share of eligible public services online at level 4), one point per figure: `96,74%` (2022-01-20), `khoảng 97,3%` (2022-08-31).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const level4OnlineServicesShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "level-4-online-services-share@2022-01-20", asOf: "2022-01-20", area: null, observation: level4OnlineServicesShare20220120, release: release24h202202, status: "normal", publications: [{ observation: level4OnlineServicesShare20220120, release: release24h202202, knownFrom: "2022-02-28", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, level4OnlineServicesShareLatest]);

/**
 * The newest figure of `ministries-published-fully-online-list` (Ministries and sectors that have published and sent their list of services eligible for full online processing): `15` (2023-03-06), from `mic-2023-q1` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ministriesPublishedFullyOnlineListLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ministries-published-fully-online-list@2023-03-06", asOf: "2023-03-06", area: null, observation: ministriesPublishedFullyOnlineList, release: mic2023Q1, status: "normal", publications: [{ observation: ministriesPublishedFullyOnlineList, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ministries-published-fully-online-list` (Ministries and sectors that have published and sent their list of services eligible for full online processing), one point per figure: `15` (2023-03-06).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ministriesPublishedFullyOnlineListSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([ministriesPublishedFullyOnlineListLatest]);

/**
 * The newest figure of `provinces-published-fully-online-list` (Provinces and cities that have published and sent their list of services eligible for full online processing): `55` (2023-03-06), from `mic-2023-q1` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesPublishedFullyOnlineListLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-published-fully-online-list@2023-03-06", asOf: "2023-03-06", area: null, observation: provincesPublishedFullyOnlineList, release: mic2023Q1, status: "normal", publications: [{ observation: provincesPublishedFullyOnlineList, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-published-fully-online-list` (Provinces and cities that have published and sent their list of services eligible for full online processing), one point per figure: `55` (2023-03-06).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesPublishedFullyOnlineListSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([provincesPublishedFullyOnlineListLatest]);

/**
 * The newest figure of `ministries-and-provinces-published-online-service-list` (Ministries and provinces with a Decree 42 online-service list): `80/83` (2023-06-19), from `anlao-2023-06`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ministriesAndProvincesPublishedOnlineServiceListLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ministries-and-provinces-published-online-service-list@2023-06-19", asOf: "2023-06-19", area: null, observation: ministriesAndProvincesPublishedOnlineServiceList20230619, release: anlao202306, status: "normal", publications: [{ observation: ministriesAndProvincesPublishedOnlineServiceList20230619, release: anlao202306, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ministries-and-provinces-published-online-service-list` (Ministries and provinces with a Decree 42 online-service list), one point per figure: `80/83` (2023-06-19).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ministriesAndProvincesPublishedOnlineServiceListSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([ministriesAndProvincesPublishedOnlineServiceListLatest]);

/**
 * The newest figure of `ministries-egov-architecture-2` (Ministries that have issued e-government architecture 2.0): `22/22` (2023-08-28), from `cafef-2023-08` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ministriesEgovArchitecture2Latest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ministries-egov-architecture-2@2023-08-28", asOf: "2023-08-28", area: null, observation: ministriesEgovArchitecture220230828, release: cafef202308, status: "normal", publications: [{ observation: ministriesEgovArchitecture220230828, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ministries-egov-architecture-2` (Ministries that have issued e-government architecture 2.0), one point per figure: `19/22` (2022-03-23), `19/22` (2023-03-06), `22/22` (2023-08-28).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ministriesEgovArchitecture2Series: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "ministries-egov-architecture-2@2022-03-23", asOf: "2022-03-23", area: null, observation: ministriesEgovArchitecture220220323, release: baokiemtoan202203, status: "normal", publications: [{ observation: ministriesEgovArchitecture220220323, release: baokiemtoan202203, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "ministries-egov-architecture-2@2023-03-06", asOf: "2023-03-06", area: null, observation: ministriesEgovArchitecture2, release: mic2023Q1, status: "normal", publications: [{ observation: ministriesEgovArchitecture2, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, ministriesEgovArchitecture2Latest]);

/**
 * The newest figure of `provinces-egov-architecture-2` (Provinces that have built or updated e-government architecture 2.0): `63/63` (2023-08-28), from `cafef-2023-08` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesEgovArchitecture2Latest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-egov-architecture-2@2023-08-28", asOf: "2023-08-28", area: null, observation: provincesEgovArchitecture220230828, release: cafef202308, status: "normal", publications: [{ observation: provincesEgovArchitecture220230828, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-egov-architecture-2` (Provinces that have built or updated e-government architecture 2.0), one point per figure: `54/63` (2022-01-20), `59/63` (2022-03-23), `63/63` (2023-03-06), `63/63` (2023-08-28).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesEgovArchitecture2Series: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "provinces-egov-architecture-2@2022-01-20", asOf: "2022-01-20", area: null, observation: provincesEgovArchitecture220220120, release: release24h202202, status: "normal", publications: [{ observation: provincesEgovArchitecture220220120, release: release24h202202, knownFrom: "2022-02-28", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "provinces-egov-architecture-2@2022-03-23", asOf: "2022-03-23", area: null, observation: provincesEgovArchitecture220220323, release: baokiemtoan202203, status: "normal", publications: [{ observation: provincesEgovArchitecture220220323, release: baokiemtoan202203, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "provinces-egov-architecture-2@2023-03-06", asOf: "2023-03-06", area: null, observation: provincesEgovArchitecture2, release: mic2023Q1, status: "normal", publications: [{ observation: provincesEgovArchitecture2, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, provincesEgovArchitecture2Latest]);

/**
 * The newest figure of `ministries-dx-resolution` (Ministries that have issued a resolution or programme on digital transformation): `4/22` (2023-08-28), from `cafef-2023-08` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ministriesDxResolutionLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ministries-dx-resolution@2023-08-28", asOf: "2023-08-28", area: null, observation: ministriesDxResolution20230828, release: cafef202308, status: "normal", publications: [{ observation: ministriesDxResolution20230828, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ministries-dx-resolution` (Ministries that have issued a resolution or programme on digital transformation), one point per figure: `4/22` (2023-03-06), `4/22` (2023-08-28).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ministriesDxResolutionSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "ministries-dx-resolution@2023-03-06", asOf: "2023-03-06", area: null, observation: ministriesDxResolution, release: mic2023Q1, status: "normal", publications: [{ observation: ministriesDxResolution, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, ministriesDxResolutionLatest]);

/**
 * The newest figure of `provinces-dx-resolution` (Provinces that have issued a resolution or programme on digital transformation): `63/63` (2023-08-28), from `cafef-2023-08` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesDxResolutionLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-dx-resolution@2023-08-28", asOf: "2023-08-28", area: null, observation: provincesDxResolution20230828, release: cafef202308, status: "normal", publications: [{ observation: provincesDxResolution20230828, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-dx-resolution` (Provinces that have issued a resolution or programme on digital transformation), one point per figure: `62/63` (2023-03-06), `63/63` (2023-08-28).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesDxResolutionSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "provinces-dx-resolution@2023-03-06", asOf: "2023-03-06", area: null, observation: provincesDxResolution, release: mic2023Q1, status: "normal", publications: [{ observation: provincesDxResolution, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, provincesDxResolutionLatest]);

/**
 * The newest figure of `provinces-dx-resolution-or-directive` (Provinces that have issued a resolution or directive on digital transformation): `63/63` (2023-06-19), from `anlao-2023-06`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesDxResolutionOrDirectiveLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-dx-resolution-or-directive@2023-06-19", asOf: "2023-06-19", area: null, observation: provincesDxResolutionOrDirective20230619, release: anlao202306, status: "normal", publications: [{ observation: provincesDxResolutionOrDirective20230619, release: anlao202306, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-dx-resolution-or-directive` (Provinces that have issued a resolution or directive on digital transformation), one point per figure: `63/63` (2023-06-19).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesDxResolutionOrDirectiveSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([provincesDxResolutionOrDirectiveLatest]);

/**
 * The newest figure of `provinces-dx-programme-or-plan` (Provinces that have drawn up a digital-transformation programme or plan): `52/63` (2022-01-20), from `24h-2022-02`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesDxProgrammeOrPlanLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-dx-programme-or-plan@2022-01-20", asOf: "2022-01-20", area: null, observation: provincesDxProgrammeOrPlan20220120, release: release24h202202, status: "normal", publications: [{ observation: provincesDxProgrammeOrPlan20220120, release: release24h202202, knownFrom: "2022-02-28", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-dx-programme-or-plan` (Provinces that have drawn up a digital-transformation programme or plan), one point per figure: `52/63` (2022-01-20).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesDxProgrammeOrPlanSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([provincesDxProgrammeOrPlanLatest]);

/**
 * The newest figure of `dx-steering-committee-share` (Share of ministries and localities that have set up or consolidated a digital-transformation steering committee): `100%` (2023-09), from `giaoduc-2023-09-20` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const dxSteeringCommitteeShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "dx-steering-committee-share@2023-09", asOf: "2023-09", area: null, observation: dxSteeringCommitteeShare202309, release: giaoduc20230920, status: "normal", publications: [{ observation: dxSteeringCommitteeShare202309, release: giaoduc20230920, knownFrom: "2023-09-20", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `dx-steering-committee-share` (Share of ministries and localities that have set up or consolidated a digital-transformation steering committee), one point per figure: `100%` (2022-Q3), `100%` (2023-03-06), `100%` (2023-08-28), `100%` (2023-09).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const dxSteeringCommitteeShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "dx-steering-committee-share@2022-Q3", asOf: "2022-Q3", area: null, observation: dxSteeringCommitteeShare2022Q3, release: vneconomy2022Q3, status: "normal", publications: [{ observation: dxSteeringCommitteeShare2022Q3, release: vneconomy2022Q3, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "dx-steering-committee-share@2023-03-06", asOf: "2023-03-06", area: null, observation: dxSteeringCommitteeShare, release: mic2023Q1, status: "normal", publications: [{ observation: dxSteeringCommitteeShare, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "dx-steering-committee-share@2023-08-28", asOf: "2023-08-28", area: null, observation: dxSteeringCommitteeShare20230828, release: cafef202308, status: "normal", publications: [{ observation: dxSteeringCommitteeShare20230828, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, dxSteeringCommitteeShareLatest]);

/**
 * The newest figure of `provinces-dx-steering-committee` (Provinces that have set up or consolidated a digital-transformation steering committee): `63/63` (2023-06-19), from `anlao-2023-06`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesDxSteeringCommitteeLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-dx-steering-committee@2023-06-19", asOf: "2023-06-19", area: null, observation: provincesDxSteeringCommittee20230619, release: anlao202306, status: "normal", publications: [{ observation: provincesDxSteeringCommittee20230619, release: anlao202306, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-dx-steering-committee` (Provinces that have set up or consolidated a digital-transformation steering committee), one point per figure: `59/63` (2022-03-23), `63/63` (2023-06-19).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesDxSteeringCommitteeSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "provinces-dx-steering-committee@2022-03-23", asOf: "2022-03-23", area: null, observation: provincesDxSteeringCommittee20220323, release: baokiemtoan202203, status: "normal", publications: [{ observation: provincesDxSteeringCommittee20220323, release: baokiemtoan202203, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, provincesDxSteeringCommitteeLatest]);

/**
 * The newest figure of `dx-plan-share` (Share of ministries and localities that have issued a digital-transformation plan or scheme): `100%` (2023-09), from `giaoduc-2023-09-20` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const dxPlanShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "dx-plan-share@2023-09", asOf: "2023-09", area: null, observation: dxPlanShare202309, release: giaoduc20230920, status: "normal", publications: [{ observation: dxPlanShare202309, release: giaoduc20230920, knownFrom: "2023-09-20", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `dx-plan-share` (Share of ministries and localities that have issued a digital-transformation plan or scheme), one point per figure: `100%` (2023-03-06), `100%` (2023-08-28), `100%` (2023-09).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const dxPlanShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "dx-plan-share@2023-03-06", asOf: "2023-03-06", area: null, observation: dxPlanShare, release: mic2023Q1, status: "normal", publications: [{ observation: dxPlanShare, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "dx-plan-share@2023-08-28", asOf: "2023-08-28", area: null, observation: dxPlanShare20230828, release: cafef202308, status: "normal", publications: [{ observation: dxPlanShare20230828, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, dxPlanShareLatest]);

/**
 * The newest figure of `ministries-dx-plan` (Ministries that have issued a digital-transformation plan or scheme): `22/22` (2023-08-28), from `cafef-2023-08` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ministriesDxPlanLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ministries-dx-plan@2023-08-28", asOf: "2023-08-28", area: null, observation: ministriesDxPlan20230828, release: cafef202308, status: "normal", publications: [{ observation: ministriesDxPlan20230828, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ministries-dx-plan` (Ministries that have issued a digital-transformation plan or scheme), one point per figure: `22/22` (2023-08-28).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ministriesDxPlanSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([ministriesDxPlanLatest]);

/**
 * The newest figure of `ministries-dx-plan-share` (Share of ministries that have issued a digital-transformation plan or scheme): `100%` (2022-Q3), from `vneconomy-2022-q3` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ministriesDxPlanShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ministries-dx-plan-share@2022-Q3", asOf: "2022-Q3", area: null, observation: ministriesDxPlanShare2022Q3, release: vneconomy2022Q3, status: "normal", publications: [{ observation: ministriesDxPlanShare2022Q3, release: vneconomy2022Q3, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ministries-dx-plan-share` (Share of ministries that have issued a digital-transformation plan or scheme), one point per figure: `100%` (2022-Q3).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ministriesDxPlanShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([ministriesDxPlanShareLatest]);

/**
 * The newest figure of `provinces-dx-plan` (Provinces that have issued a digital-transformation plan or scheme): `63/63` (2023-08-28), from `cafef-2023-08` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesDxPlanLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-dx-plan@2023-08-28", asOf: "2023-08-28", area: null, observation: provincesDxPlan20230828, release: cafef202308, status: "normal", publications: [{ observation: provincesDxPlan20230828, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-dx-plan` (Provinces that have issued a digital-transformation plan or scheme), one point per figure: `62/63` (2022-Q3), `63/63` (2023-06-19), `63/63` (2023-08-28).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesDxPlanSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "provinces-dx-plan@2022-Q3", asOf: "2022-Q3", area: null, observation: provincesDxPlan2022Q3, release: vneconomy2022Q3, status: "normal", publications: [{ observation: provincesDxPlan2022Q3, release: vneconomy2022Q3, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "provinces-dx-plan@2023-06-19", asOf: "2023-06-19", area: null, observation: provincesDxPlan20230619, release: anlao202306, status: "normal", publications: [{ observation: provincesDxPlan20230619, release: anlao202306, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, provincesDxPlanLatest]);

/**
 * The newest figure of `ministries-dx-plan-2024` (Ministries that have issued their 2024 digital-transformation plan): `21/22` (2024-04), from `cchccantho-2024-04` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ministriesDxPlan2024Latest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ministries-dx-plan-2024@2024-04", asOf: "2024-04", area: null, observation: ministriesDxPlan2024202404, release: cchccantho202404, status: "normal", publications: [{ observation: ministriesDxPlan2024202404, release: cchccantho202404, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ministries-dx-plan-2024` (Ministries that have issued their 2024 digital-transformation plan), one point per figure: `21/22` (2024-04).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ministriesDxPlan2024Series: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([ministriesDxPlan2024Latest]);

/**
 * The newest figure of `provinces-dx-plan-2024` (Provinces that have issued their 2024 digital-transformation plan): `62/63` (2024-04), from `cchccantho-2024-04` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesDxPlan2024Latest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-dx-plan-2024@2024-04", asOf: "2024-04", area: null, observation: provincesDxPlan2024202404, release: cchccantho202404, status: "normal", publications: [{ observation: provincesDxPlan2024202404, release: cchccantho202404, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-dx-plan-2024` (Provinces that have issued their 2024 digital-transformation plan), one point per figure: `62/63` (2024-04).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesDxPlan2024Series: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([provincesDxPlan2024Latest]);

/**
 * The newest figure of `ndxp-transactions-quarter` (NDXP transactions in a quarter): `hơn 111 triệu` (2023-03-06), from `mic-2023-q1` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ndxpTransactionsQuarterLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ndxp-transactions-quarter@2023-03-06", asOf: "2023-03-06", area: null, observation: ndxpTransactions2023Q1, release: mic2023Q1, status: "normal", publications: [{ observation: ndxpTransactions2023Q1, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: ["ndxp-partial-quarters"], reason: "only" });

/**
 * The series of `ndxp-transactions-quarter` (NDXP transactions in a quarter), one point per figure: `trên 134,5 triệu` (2022-03-23), `hơn 111 triệu` (2023-03-06).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsQuarterSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "ndxp-transactions-quarter@2022-03-23", asOf: "2022-03-23", area: null, observation: ndxpTransactionsQuarter20220323, release: antoanthongtin202203, status: "normal", publications: [{ observation: ndxpTransactionsQuarter20220323, release: antoanthongtin202203, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["ndxp-partial-quarters"], reason: "only" }, ndxpTransactionsQuarterLatest]);

/**
 * The newest figure of `ndxp-transactions-month` (NDXP transactions in a month): `27,247 triệu` (2023-04-30), from `vneconomy-2023-05-05` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ndxpTransactionsMonthLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ndxp-transactions-month@2023-04-30", asOf: "2023-04-30", area: null, observation: ndxpTransactionsMonth20230430, release: vneconomy20230505, status: "normal", publications: [{ observation: ndxpTransactionsMonth20230430, release: vneconomy20230505, knownFrom: "2023-05-05", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ndxp-transactions-month` (NDXP transactions in a month), one point per figure: `gần 48 triệu` (2022-03-23), `58.397.139` (2022-09-26), `27,247 triệu` (2023-04-30).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsMonthSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "ndxp-transactions-month@2022-03-23", asOf: "2022-03-23", area: null, observation: ndxpTransactionsMonth20220323, release: antoanthongtin202203, status: "normal", publications: [{ observation: ndxpTransactionsMonth20220323, release: antoanthongtin202203, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "ndxp-transactions-month@2022-09-26", asOf: "2022-09-26", area: null, observation: ndxpTransactionsMonth20220926, release: anninhthudo202209, status: "normal", publications: [{ observation: ndxpTransactionsMonth20220926, release: anninhthudo202209, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, ndxpTransactionsMonthLatest]);

/**
 * The newest figure of `ndxp-transactions-daily-average` (NDXP transactions a day, on average): `khoảng 2,8 triệu` (2024-04), from `cchccantho-2024-04` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ndxpTransactionsDailyAverageLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ndxp-transactions-daily-average@2024-04", asOf: "2024-04", area: null, observation: ndxpTransactionsDailyAverage202404, release: cchccantho202404, status: "normal", publications: [{ observation: ndxpTransactionsDailyAverage202404, release: cchccantho202404, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ndxp-transactions-daily-average` (NDXP transactions a day, on average), one point per figure: `khoảng 1,6 triệu` (2022-09-26), `khoảng 2,8 triệu` (2024-04).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsDailyAverageSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "ndxp-transactions-daily-average@2022-09-26", asOf: "2022-09-26", area: null, observation: ndxpTransactionsDailyAverage20220926, release: anninhthudo202209, status: "normal", publications: [{ observation: ndxpTransactionsDailyAverage20220926, release: anninhthudo202209, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, ndxpTransactionsDailyAverageLatest]);

/**
 * The newest figure of `ndxp-transactions-since-launch` (NDXP transactions since the platform's launch): `hơn 1,276 tỷ` (2023-03-06), from `mic-2023-q1` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ndxpTransactionsSinceLaunchLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ndxp-transactions-since-launch@2023-03-06", asOf: "2023-03-06", area: null, observation: ndxpTransactionsCumulative, release: mic2023Q1, status: "normal", publications: [{ observation: ndxpTransactionsCumulative, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ndxp-transactions-since-launch` (NDXP transactions since the platform's launch), one point per figure: `hơn 661 triệu` (2022-09-26), `hơn 1,276 tỷ` (2023-03-06).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsSinceLaunchSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "ndxp-transactions-since-launch@2022-09-26", asOf: "2022-09-26", area: null, observation: ndxpTransactionsSinceLaunch20220926, release: anninhthudo202209, status: "normal", publications: [{ observation: ndxpTransactionsSinceLaunch20220926, release: anninhthudo202209, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["ndxp-since-launch-2022-09-date"], reason: "only" }, ndxpTransactionsSinceLaunchLatest]);

/**
 * The newest figure of `ndxp-transactions-share-of-target` (NDXP transactions as a share of the year's target): `khoảng 12,95%` (2023-03-06), from `mic-2023-q1` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ndxpTransactionsShareOfTargetLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ndxp-transactions-share-of-target@2023-03-06", asOf: "2023-03-06", area: null, observation: ndxpTransactions2023Q1ShareOfTarget, release: mic2023Q1, status: "normal", publications: [{ observation: ndxpTransactions2023Q1ShareOfTarget, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ndxp-transactions-share-of-target` (NDXP transactions as a share of the year's target), one point per figure: `khoảng 12,95%` (2023-03-06).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ndxpTransactionsShareOfTargetSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([ndxpTransactionsShareOfTargetLatest]);

/**
 * The newest figure of `provinces-community-tech-teams` (Provinces that have set up community digital technology teams): `63/63` (2023-09-04, 2 publications), from `giaoduc-2023-09-20` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesCommunityTechTeamsLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-community-tech-teams@2023-09-04", asOf: "2023-09-04", area: null, observation: provincesCommunityTechTeams202309, release: giaoduc20230920, status: "normal", publications: [{ observation: provincesCommunityTechTeams20230904, release: cafef202309, knownFrom: "2023-09-12", vintage: 1, role: "first" }, { observation: provincesCommunityTechTeams202309, release: giaoduc20230920, knownFrom: "2023-09-20", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" });

/**
 * The series of `provinces-community-tech-teams` (Provinces that have set up community digital technology teams), one point per figure: `26/63` (2022-05-26), `34/63` (2022-06-14), `51/63` (2022-08-31), `63/63` (2023-03-06), `63/63` (2023-08-22), `63/63` (2023-09-04, 2 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesCommunityTechTeamsSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "provinces-community-tech-teams@2022-05-26", asOf: "2022-05-26", area: null, observation: provincesCommunityTechTeams20220526, release: release1thegioi20220602, status: "normal", publications: [{ observation: provincesCommunityTechTeams20220526, release: release1thegioi20220602, knownFrom: "2022-06-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "provinces-community-tech-teams@2022-06-14", asOf: "2022-06-14", area: null, observation: provincesCommunityTechTeams20220614, release: thoibao20220615, status: "normal", publications: [{ observation: provincesCommunityTechTeams20220614, release: thoibao20220615, knownFrom: "2022-06-15", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "provinces-community-tech-teams@2022-08-31", asOf: "2022-08-31", area: null, observation: provincesCommunityTechTeams20220831, release: laodongthudo202208, status: "normal", publications: [{ observation: provincesCommunityTechTeams20220831, release: laodongthudo202208, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "provinces-community-tech-teams@2023-03-06", asOf: "2023-03-06", area: null, observation: provincesCommunityTechTeams, release: mic2023Q1, status: "normal", publications: [{ observation: provincesCommunityTechTeams, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "provinces-community-tech-teams@2023-08-22", asOf: "2023-08-22", area: null, observation: provincesCommunityTechTeams20230822, release: cafef202308, status: "normal", publications: [{ observation: provincesCommunityTechTeams20230822, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, provincesCommunityTechTeamsLatest]);

/**
 * The newest figure of `provinces-deployed-community-tech-team-model` (Provinces that have deployed the community digital technology team model): `49/63` (2022-08-23, 2 publications), from `qdnd-2022-08` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesDeployedCommunityTechTeamModelLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-deployed-community-tech-team-model@2022-08-23", asOf: "2022-08-23", area: null, observation: provincesDeployedCommunityTechTeamModel20220823Qdnd, release: qdnd202208, status: "normal", publications: [{ observation: provincesDeployedCommunityTechTeamModel20220823Qdnd, release: qdnd202208, knownFrom: "2026-12-03", vintage: 1, role: "first" }, { observation: provincesDeployedCommunityTechTeamModel20220823, release: vneconomy2022Q3, knownFrom: "2026-12-03", vintage: 1, role: "relay" }], revised: false, conflicts: ["community-tech-teams-2022-08-dates"], reason: "release-order" });

/**
 * The series of `provinces-deployed-community-tech-team-model` (Provinces that have deployed the community digital technology team model), one point per figure: `49/63` (2022-08-20), `49/63` (2022-08-23, 2 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesDeployedCommunityTechTeamModelSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "provinces-deployed-community-tech-team-model@2022-08-20", asOf: "2022-08-20", area: null, observation: provincesDeployedCommunityTechTeamModel20220820, release: thoisutoancanh202208, status: "normal", publications: [{ observation: provincesDeployedCommunityTechTeamModel20220820, release: thoisutoancanh202208, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["community-tech-teams-2022-08-dates"], reason: "only" }, provincesDeployedCommunityTechTeamModelLatest]);

/**
 * The newest figure of `community-tech-teams` (Community digital technology teams): `93.524` (2024-09), from `vov-2024-09`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const communityTechTeamsLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "community-tech-teams@2024-09", asOf: "2024-09", area: null, observation: communityTechTeams202409, release: vov202409, status: "normal", publications: [{ observation: communityTechTeams202409, release: vov202409, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `community-tech-teams` (Community digital technology teams), one point per figure: `gần 2.300` (2022-04-04), `18.286` (2022-05-26), `27.218` (2022-06-14), `hơn 42.460` (2022-08-20), `42.469` (2022-08-23), `45.895` (2022-08-31), `71.836` (2023-03-06), `74.818` (2023-08-22), `76.905` (2023-09-04, 2 publications), `93.524` (2024-09).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const communityTechTeamsSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "community-tech-teams@2022-04-04", asOf: "2022-04-04", area: null, observation: communityTechTeams20220404, release: ictvietnam20220404, status: "normal", publications: [{ observation: communityTechTeams20220404, release: ictvietnam20220404, knownFrom: "2022-04-04", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-teams@2022-05-26", asOf: "2022-05-26", area: null, observation: communityTechTeams20220526, release: release1thegioi20220602, status: "normal", publications: [{ observation: communityTechTeams20220526, release: release1thegioi20220602, knownFrom: "2022-06-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-teams@2022-06-14", asOf: "2022-06-14", area: null, observation: communityTechTeams20220614, release: thoibao20220615, status: "normal", publications: [{ observation: communityTechTeams20220614, release: thoibao20220615, knownFrom: "2022-06-15", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-teams@2022-08-20", asOf: "2022-08-20", area: null, observation: communityTechTeams20220820, release: thoisutoancanh202208, status: "normal", publications: [{ observation: communityTechTeams20220820, release: thoisutoancanh202208, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["community-tech-teams-2022-08-dates"], reason: "only" }, { figure: "community-tech-teams@2022-08-23", asOf: "2022-08-23", area: null, observation: communityTechTeams20220823, release: vneconomy2022Q3, status: "normal", publications: [{ observation: communityTechTeams20220823, release: vneconomy2022Q3, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["community-tech-teams-2022-08-dates"], reason: "only" }, { figure: "community-tech-teams@2022-08-31", asOf: "2022-08-31", area: null, observation: communityTechTeams20220831, release: laodongthudo202208, status: "normal", publications: [{ observation: communityTechTeams20220831, release: laodongthudo202208, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-teams@2023-03-06", asOf: "2023-03-06", area: null, observation: communityTechTeams, release: mic2023Q1, status: "normal", publications: [{ observation: communityTechTeams, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-teams@2023-08-22", asOf: "2023-08-22", area: null, observation: communityTechTeams20230822, release: cafef202308, status: "normal", publications: [{ observation: communityTechTeams20230822, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-teams@2023-09-04", asOf: "2023-09-04", area: null, observation: communityTechTeams202309, release: giaoduc20230920, status: "normal", publications: [{ observation: communityTechTeams20230904, release: cafef202309, knownFrom: "2023-09-12", vintage: 1, role: "first" }, { observation: communityTechTeams202309, release: giaoduc20230920, knownFrom: "2023-09-20", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" }, communityTechTeamsLatest]);

/**
 * The newest figure of `community-tech-team-members` (Members of community digital technology teams): `356.914` (2023-09-04), from `cafef-2023-09`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const communityTechTeamMembersLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "community-tech-team-members@2023-09-04", asOf: "2023-09-04", area: null, observation: communityTechTeamMembers20230904, release: cafef202309, status: "normal", publications: [{ observation: communityTechTeamMembers20230904, release: cafef202309, knownFrom: "2023-09-12", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `community-tech-team-members` (Members of community digital technology teams), one point per figure: `64.432` (2022-05-26), `130.487` (2022-06-14), `trên 208.300` (2022-08-20), `hơn 208 nghìn` (2022-08-23), `211.737` (2022-08-31), `334.896` (2023-03-06), `351.159` (2023-08-22), `356.914` (2023-09-04).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const communityTechTeamMembersSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "community-tech-team-members@2022-05-26", asOf: "2022-05-26", area: null, observation: communityTechTeamMembers20220526, release: release1thegioi20220602, status: "normal", publications: [{ observation: communityTechTeamMembers20220526, release: release1thegioi20220602, knownFrom: "2022-06-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-team-members@2022-06-14", asOf: "2022-06-14", area: null, observation: communityTechTeamMembers20220614, release: thoibao20220615, status: "normal", publications: [{ observation: communityTechTeamMembers20220614, release: thoibao20220615, knownFrom: "2022-06-15", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-team-members@2022-08-20", asOf: "2022-08-20", area: null, observation: communityTechTeamMembers20220820, release: thoisutoancanh202208, status: "normal", publications: [{ observation: communityTechTeamMembers20220820, release: thoisutoancanh202208, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["community-tech-teams-2022-08-dates"], reason: "only" }, { figure: "community-tech-team-members@2022-08-23", asOf: "2022-08-23", area: null, observation: communityTechTeamMembers20220823, release: vneconomy2022Q3, status: "normal", publications: [{ observation: communityTechTeamMembers20220823, release: vneconomy2022Q3, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["community-tech-teams-2022-08-dates"], reason: "only" }, { figure: "community-tech-team-members@2022-08-31", asOf: "2022-08-31", area: null, observation: communityTechTeamMembers20220831, release: laodongthudo202208, status: "normal", publications: [{ observation: communityTechTeamMembers20220831, release: laodongthudo202208, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-team-members@2023-03-06", asOf: "2023-03-06", area: null, observation: communityTechTeamMembers, release: mic2023Q1, status: "normal", publications: [{ observation: communityTechTeamMembers, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "community-tech-team-members@2023-08-22", asOf: "2023-08-22", area: null, observation: communityTechTeamMembers20230822, release: cafef202308, status: "normal", publications: [{ observation: communityTechTeamMembers20230822, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, communityTechTeamMembersLatest]);

/**
 * The newest figure of `provinces-community-tech-teams-all-communes` (Provinces with community digital technology teams in every commune): `53/63` (2023-09-04, 2 publications), from `giaoduc-2023-09-20` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesCommunityTechTeamsAllCommunesLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-community-tech-teams-all-communes@2023-09-04", asOf: "2023-09-04", area: null, observation: provincesCommunityTechTeamsAllCommunes202309, release: giaoduc20230920, status: "normal", publications: [{ observation: provincesCommunityTechTeamsAllCommunes20230904, release: cafef202309, knownFrom: "2023-09-12", vintage: 1, role: "first" }, { observation: provincesCommunityTechTeamsAllCommunes202309, release: giaoduc20230920, knownFrom: "2023-09-20", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" });

/**
 * The series of `provinces-community-tech-teams-all-communes` (Provinces with community digital technology teams in every commune), one point per figure: `48/63` (2023-03-06), `52/63` (2023-08-22), `53/63` (2023-09-04, 2 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesCommunityTechTeamsAllCommunesSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "provinces-community-tech-teams-all-communes@2023-03-06", asOf: "2023-03-06", area: null, observation: provincesCommunityTechTeamsAllCommunes, release: mic2023Q1, status: "normal", publications: [{ observation: provincesCommunityTechTeamsAllCommunes, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "provinces-community-tech-teams-all-communes@2023-08-22", asOf: "2023-08-22", area: null, observation: provincesCommunityTechTeamsAllCommunes20230822, release: cafef202308, status: "normal", publications: [{ observation: provincesCommunityTechTeamsAllCommunes20230822, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, provincesCommunityTechTeamsAllCommunesLatest]);

/**
 * The newest figure of `onetouch-visits` (Visits to the OneTouch platform): `18,053 triệu` (2023-09-04), from `cafef-2023-09`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const onetouchVisitsLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "onetouch-visits@2023-09-04", asOf: "2023-09-04", area: null, observation: onetouchVisits20230904, release: cafef202309, status: "normal", publications: [{ observation: onetouchVisits20230904, release: cafef202309, knownFrom: "2023-09-12", vintage: 1, role: "first" }], revised: false, conflicts: ["onetouch-visits-same-count-two-dates"], reason: "only" });

/**
 * The series of `onetouch-visits` (Visits to the OneTouch platform), one point per figure: `hơn 17,5 triệu` (2023-02-21), `18,053 triệu` (2023-08-22), `18,053 triệu` (2023-09-04).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const onetouchVisitsSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "onetouch-visits@2023-02-21", asOf: "2023-02-21", area: null, observation: onetouchVisits, release: mic2023Q1, status: "normal", publications: [{ observation: onetouchVisits, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "onetouch-visits@2023-08-22", asOf: "2023-08-22", area: null, observation: onetouchVisits20230822, release: cafef202308, status: "normal", publications: [{ observation: onetouchVisits20230822, release: cafef202308, knownFrom: "2023-09-02", vintage: 1, role: "first" }], revised: false, conflicts: ["onetouch-visits-same-count-two-dates"], reason: "only" }, onetouchVisitsLatest]);

/**
 * The newest figure of `mic-administrative-procedures` (Administrative procedures of the Ministry of Information and Communications): `262` (2023-03-06), from `mic-2023-q1` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const micAdministrativeProceduresLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "mic-administrative-procedures@2023-03-06", asOf: "2023-03-06", area: null, observation: micAdministrativeProcedures, release: mic2023Q1, status: "normal", publications: [{ observation: micAdministrativeProcedures, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `mic-administrative-procedures` (Administrative procedures of the Ministry of Information and Communications), one point per figure: `262` (2023-03-06).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const micAdministrativeProceduresSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([micAdministrativeProceduresLatest]);

/**
 * The newest figure of `mic-public-services` (Public services of the Ministry of Information and Communications): `274` (2023-03-06), from `mic-2023-q1` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const micPublicServicesLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "mic-public-services@2023-03-06", asOf: "2023-03-06", area: null, observation: micPublicServices, release: mic2023Q1, status: "normal", publications: [{ observation: micPublicServices, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `mic-public-services` (Public services of the Ministry of Information and Communications), one point per figure: `274` (2023-03-06).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const micPublicServicesSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([micPublicServicesLatest]);

/**
 * The newest figure of `mic-procedures-with-online-applications-share` (Share of the ministry's administrative procedures that received online applications): `31%` (2023-03-06), from `mic-2023-q1` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const micProceduresWithOnlineApplicationsShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "mic-procedures-with-online-applications-share@2023-03-06", asOf: "2023-03-06", area: null, observation: micProceduresWithOnlineApplicationsShare, release: mic2023Q1, status: "normal", publications: [{ observation: micProceduresWithOnlineApplicationsShare, release: mic2023Q1, knownFrom: "2023-03-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `mic-procedures-with-online-applications-share` (Share of the ministry's administrative procedures that received online applications), one point per figure: `31%` (2023-03-06).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const micProceduresWithOnlineApplicationsShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([micProceduresWithOnlineApplicationsShareLatest]);

/**
 * The newest figure of `fully-online-dossiers-share` (Share of dossiers handled fully online): `51,7%` (2025-11-26), from `vietnamnet-2025-11-26` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const fullyOnlineDossiersShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "fully-online-dossiers-share@2025-11-26", asOf: "2025-11-26", area: null, observation: fullyOnlineDossiersShare20251126, release: vietnamnet20251126, status: "normal", publications: [{ observation: fullyOnlineDossiersShare20251126, release: vietnamnet20251126, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" });

/**
 * The series of `fully-online-dossiers-share` (Share of dossiers handled fully online), one point per figure: `17%` (2023, 2 publications), `42%` (2024-06-30, 2 publications), `45,8%` (2024), `39,51%` (2025-06), `gần 40%` (2025-10-21), `39,98%` (2025-10-26), `51,7%` (2025-11-26).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const fullyOnlineDossiersShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "fully-online-dossiers-share@2023", asOf: "2023", area: null, observation: fullyOnlineDossiersShare2023Dongnai, release: dongnai202406, status: "normal", publications: [{ observation: fullyOnlineDossiersShare2023, release: ninhthuan20240710, knownFrom: "2024-07-10", vintage: 1, role: "first" }, { observation: fullyOnlineDossiersShare2023Dongnai, release: dongnai202406, knownFrom: "2026-12-03", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" }, { figure: "fully-online-dossiers-share@2024-06-30", asOf: "2024-06-30", area: null, observation: fullyOnlineDossiersShare20240630Dongnai, release: dongnai202406, status: "normal", publications: [{ observation: fullyOnlineDossiersShare20240630, release: ninhthuan20240710, knownFrom: "2024-07-10", vintage: 1, role: "first" }, { observation: fullyOnlineDossiersShare20240630Dongnai, release: dongnai202406, knownFrom: "2026-12-03", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" }, { figure: "fully-online-dossiers-share@2024", asOf: "2024", area: null, observation: fullyOnlineDossiersShare2024, release: kinhtedothi2024, status: "normal", publications: [{ observation: fullyOnlineDossiersShare2024, release: kinhtedothi2024, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" }, { figure: "fully-online-dossiers-share@2025-06", asOf: "2025-06", area: null, observation: fullyOnlineDossiersShare202506, release: baomoi202506, status: "normal", publications: [{ observation: fullyOnlineDossiersShare202506, release: baomoi202506, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" }, { figure: "fully-online-dossiers-share@2025-10-21", asOf: "2025-10-21", area: null, observation: fullyOnlineDossiersShare20251021, release: thanhnien20251021, status: "normal", publications: [{ observation: fullyOnlineDossiersShare20251021, release: thanhnien20251021, knownFrom: "2025-10-21", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "fully-online-dossiers-share@2025-10-26", asOf: "2025-10-26", area: null, observation: fullyOnlineDossiersShare20251026, release: vietnamnet20251107, status: "normal", publications: [{ observation: fullyOnlineDossiersShare20251026, release: vietnamnet20251107, knownFrom: "2025-11-07", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" }, fullyOnlineDossiersShareLatest]);

/**
 * The newest figure of `ministries-fully-online-dossiers-share` (Share of dossiers handled fully online: ministries): `54,46%` (2025-10-26), from `vietnamnet-2025-11-07` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ministriesFullyOnlineDossiersShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ministries-fully-online-dossiers-share@2025-10-26", asOf: "2025-10-26", area: null, observation: ministriesFullyOnlineDossiersShare20251026, release: vietnamnet20251107, status: "normal", publications: [{ observation: ministriesFullyOnlineDossiersShare20251026, release: vietnamnet20251107, knownFrom: "2025-11-07", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" });

/**
 * The series of `ministries-fully-online-dossiers-share` (Share of dossiers handled fully online: ministries), one point per figure: `38%` (2023, 2 publications), `61%` (2024-06-30, 2 publications), `63,47%` (2024), `51,19%` (2025-06), `54,46%` (2025-10-26).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ministriesFullyOnlineDossiersShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "ministries-fully-online-dossiers-share@2023", asOf: "2023", area: null, observation: ministriesFullyOnlineDossiersShare2023Dongnai, release: dongnai202406, status: "normal", publications: [{ observation: ministriesFullyOnlineDossiersShare2023, release: ninhthuan20240710, knownFrom: "2024-07-10", vintage: 1, role: "first" }, { observation: ministriesFullyOnlineDossiersShare2023Dongnai, release: dongnai202406, knownFrom: "2026-12-03", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" }, { figure: "ministries-fully-online-dossiers-share@2024-06-30", asOf: "2024-06-30", area: null, observation: ministriesFullyOnlineDossiersShare20240630Dongnai, release: dongnai202406, status: "normal", publications: [{ observation: ministriesFullyOnlineDossiersShare20240630, release: ninhthuan20240710, knownFrom: "2024-07-10", vintage: 1, role: "first" }, { observation: ministriesFullyOnlineDossiersShare20240630Dongnai, release: dongnai202406, knownFrom: "2026-12-03", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" }, { figure: "ministries-fully-online-dossiers-share@2024", asOf: "2024", area: null, observation: ministriesFullyOnlineDossiersShare2024, release: kinhtedothi2024, status: "normal", publications: [{ observation: ministriesFullyOnlineDossiersShare2024, release: kinhtedothi2024, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" }, { figure: "ministries-fully-online-dossiers-share@2025-06", asOf: "2025-06", area: null, observation: ministriesFullyOnlineDossiersShare202506, release: baomoi202506, status: "normal", publications: [{ observation: ministriesFullyOnlineDossiersShare202506, release: baomoi202506, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" }, ministriesFullyOnlineDossiersShareLatest]);

/**
 * The newest figure of `provinces-fully-online-dossiers-share` (Share of dossiers handled fully online: provinces): `16,94%` (2025-10-26), from `vietnamnet-2025-11-07` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesFullyOnlineDossiersShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-fully-online-dossiers-share@2025-10-26", asOf: "2025-10-26", area: null, observation: provincesFullyOnlineDossiersShare20251026, release: vietnamnet20251107, status: "normal", publications: [{ observation: provincesFullyOnlineDossiersShare20251026, release: vietnamnet20251107, knownFrom: "2025-11-07", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" });

/**
 * The series of `provinces-fully-online-dossiers-share` (Share of dossiers handled fully online: provinces), one point per figure: `9%` (2023, 2 publications), `17%` (2024-06-30, 2 publications), `18,54%` (2024), `15,21%` (2025-06), `16,94%` (2025-10-26).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesFullyOnlineDossiersShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "provinces-fully-online-dossiers-share@2023", asOf: "2023", area: null, observation: provincesFullyOnlineDossiersShare2023Dongnai, release: dongnai202406, status: "normal", publications: [{ observation: provincesFullyOnlineDossiersShare2023, release: ninhthuan20240710, knownFrom: "2024-07-10", vintage: 1, role: "first" }, { observation: provincesFullyOnlineDossiersShare2023Dongnai, release: dongnai202406, knownFrom: "2026-12-03", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" }, { figure: "provinces-fully-online-dossiers-share@2024-06-30", asOf: "2024-06-30", area: null, observation: provincesFullyOnlineDossiersShare20240630Dongnai, release: dongnai202406, status: "normal", publications: [{ observation: provincesFullyOnlineDossiersShare20240630, release: ninhthuan20240710, knownFrom: "2024-07-10", vintage: 1, role: "first" }, { observation: provincesFullyOnlineDossiersShare20240630Dongnai, release: dongnai202406, knownFrom: "2026-12-03", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" }, { figure: "provinces-fully-online-dossiers-share@2024", asOf: "2024", area: null, observation: provincesFullyOnlineDossiersShare2024, release: kinhtedothi2024, status: "normal", publications: [{ observation: provincesFullyOnlineDossiersShare2024, release: kinhtedothi2024, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" }, { figure: "provinces-fully-online-dossiers-share@2025-06", asOf: "2025-06", area: null, observation: provincesFullyOnlineDossiersShare202506, release: baomoi202506, status: "normal", publications: [{ observation: provincesFullyOnlineDossiersShare202506, release: baomoi202506, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: ["fully-online-dossiers-share-year-and-months"], reason: "only" }, provincesFullyOnlineDossiersShareLatest]);

/**
 * The newest figure of `online-dossiers-share` (Share of dossiers submitted online): `54,8%` (2023-04-30), from `vienkinhteso-2023-04` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const onlineDossiersShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "online-dossiers-share@2023-04-30", asOf: "2023-04-30", area: null, observation: onlineDossiersShare20230430, release: vienkinhteso202304, status: "normal", publications: [{ observation: onlineDossiersShare20230430, release: vienkinhteso202304, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `online-dossiers-share` (Share of dossiers submitted online), one point per figure: `54,8%` (2023-04-30).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const onlineDossiersShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([onlineDossiersShareLatest]);

/**
 * The newest figure of `online-services-with-dossiers-share` (Share of online public services that received dossiers): `51,3%` (2023-04-30), from `vienkinhteso-2023-04` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const onlineServicesWithDossiersShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "online-services-with-dossiers-share@2023-04-30", asOf: "2023-04-30", area: null, observation: onlineServicesWithDossiersShare20230430, release: vienkinhteso202304, status: "normal", publications: [{ observation: onlineServicesWithDossiersShare20230430, release: vienkinhteso202304, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `online-services-with-dossiers-share` (Share of online public services that received dossiers), one point per figure: `51,3%` (2023-04-30).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const onlineServicesWithDossiersShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([onlineServicesWithDossiersShareLatest]);

/**
 * The newest figure of `ministries-procedures-fully-online-share` (Share of the ministries' procedures provided as fully-online services): `17%` (2025-11-08), from `vietnamplus-2025-11-08` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ministriesProceduresFullyOnlineShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ministries-procedures-fully-online-share@2025-11-08", asOf: "2025-11-08", area: null, observation: ministriesProceduresFullyOnlineShare20251108, release: vietnamplus20251108, status: "normal", publications: [{ observation: ministriesProceduresFullyOnlineShare20251108, release: vietnamplus20251108, knownFrom: "2025-11-08", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ministries-procedures-fully-online-share` (Share of the ministries' procedures provided as fully-online services), one point per figure: `17%` (2025-11-08).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ministriesProceduresFullyOnlineShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([ministriesProceduresFullyOnlineShareLatest]);

/**
 * The newest figure of `provinces-procedures-fully-online-share` (Share of the provinces' procedures provided as fully-online services): `37%` (2025-11-08), from `vietnamplus-2025-11-08` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesProceduresFullyOnlineShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-procedures-fully-online-share@2025-11-08", asOf: "2025-11-08", area: null, observation: provincesProceduresFullyOnlineShare20251108, release: vietnamplus20251108, status: "normal", publications: [{ observation: provincesProceduresFullyOnlineShare20251108, release: vietnamplus20251108, knownFrom: "2025-11-08", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-procedures-fully-online-share` (Share of the provinces' procedures provided as fully-online services), one point per figure: `37%` (2025-11-08).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesProceduresFullyOnlineShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([provincesProceduresFullyOnlineShareLatest]);

/**
 * The newest figure of `public-services-fully-digital-share` (Share of public services done entirely in the digital environment): `37%` (2025-10-31), from `mst-2025-10-31` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const publicServicesFullyDigitalShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "public-services-fully-digital-share@2025-10-31", asOf: "2025-10-31", area: null, observation: publicServicesFullyDigitalShare20251031, release: mst20251031, status: "normal", publications: [{ observation: publicServicesFullyDigitalShare20251031, release: mst20251031, knownFrom: "2025-10-31", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `public-services-fully-digital-share` (Share of public services done entirely in the digital environment), one point per figure: `37%` (2025-10-31).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const publicServicesFullyDigitalShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([publicServicesFullyDigitalShareLatest]);

/**
 * The newest figure of `digital-economy-value-added-share` (Digital economy value added as a share of GDP): `14,02%` (2025, 2 publications), from `thoibaotaichinh-2026-01-05` (NSO).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const digitalEconomyValueAddedShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "digital-economy-value-added-share@2025", asOf: "2025", area: null, observation: digitalEconomyValueAddedShare2025Thoibaotaichinh, release: thoibaotaichinh20260105, status: "estimate", publications: [{ observation: digitalEconomyValueAddedShare2025Thoibaotaichinh, release: thoibaotaichinh20260105, knownFrom: "2026-01-05", vintage: 1, role: "first" }, { observation: digitalEconomyValueAddedShare2025Vneconomy, release: vneconomy20260106, knownFrom: "2026-01-06", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "status-word" });

/**
 * The series of `digital-economy-value-added-share` (Digital economy value added as a share of GDP), one point per figure: `12,66%` (2020, 4 publications), `12,87%` (2021, 5 publications), `12,83%` (2022, 4 publications), `12,87%` (2023, 4 publications), `13,17%` (2024, 2 publications), `14,02%` (2025, 2 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const digitalEconomyValueAddedShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "digital-economy-value-added-share@2020", asOf: "2020", area: null, observation: digitalEconomyValueAddedShare2020Baomoi, release: baomoi20250106, status: "normal", publications: [{ observation: digitalEconomyValueAddedShare2020Congthuong, release: congthuong20231229, knownFrom: "2023-12-29", vintage: 1, role: "first" }, { observation: digitalEconomyValueAddedShare2020Baomoi, release: baomoi20250106, knownFrom: "2025-01-06", vintage: 2, role: "relay" }, { observation: digitalEconomyValueAddedShare2020Dukcoquantwtphcm, release: dukcoquantwtphcm2023, knownFrom: "2026-12-03", vintage: 3, role: "relay" }, { observation: digitalEconomyValueAddedShare2020Tracuuquyhoach, release: tracuuquyhoach2024, knownFrom: "2026-12-03", vintage: 3, role: "relay" }], revised: false, conflicts: [], reason: "latest" }, { figure: "digital-economy-value-added-share@2021", asOf: "2021", area: null, observation: digitalEconomyValueAddedShare2021Vneconomy, release: vneconomy20260106, status: "normal", publications: [{ observation: digitalEconomyValueAddedShare2021Congthuong, release: congthuong20231229, knownFrom: "2023-12-29", vintage: 1, role: "first" }, { observation: digitalEconomyValueAddedShare2021Baomoi, release: baomoi20250106, knownFrom: "2025-01-06", vintage: 2, role: "relay" }, { observation: digitalEconomyValueAddedShare2021Vneconomy, release: vneconomy20260106, knownFrom: "2026-01-06", vintage: 3, role: "relay" }, { observation: digitalEconomyValueAddedShare2021Dukcoquantwtphcm, release: dukcoquantwtphcm2023, knownFrom: "2026-12-03", vintage: 4, role: "conflicting" }, { observation: digitalEconomyValueAddedShare2021Tracuuquyhoach, release: tracuuquyhoach2024, knownFrom: "2026-12-03", vintage: 4, role: "relay" }], revised: false, conflicts: ["digital-economy-value-added-share-2021-relays-differ"], reason: "latest" }, { figure: "digital-economy-value-added-share@2022", asOf: "2022", area: null, observation: digitalEconomyValueAddedShare2022Baomoi, release: baomoi20250106, status: "normal", publications: [{ observation: digitalEconomyValueAddedShare2022Congthuong, release: congthuong20231229, knownFrom: "2023-12-29", vintage: 1, role: "first" }, { observation: digitalEconomyValueAddedShare2022Baomoi, release: baomoi20250106, knownFrom: "2025-01-06", vintage: 2, role: "revision" }, { observation: digitalEconomyValueAddedShare2022Dukcoquantwtphcm, release: dukcoquantwtphcm2023, knownFrom: "2026-12-03", vintage: 3, role: "conflicting" }, { observation: digitalEconomyValueAddedShare2022Tracuuquyhoach, release: tracuuquyhoach2024, knownFrom: "2026-12-03", vintage: 3, role: "relay" }], revised: true, conflicts: ["digital-economy-value-added-share-undated-first-vintage"], reason: "dated" }, { figure: "digital-economy-value-added-share@2023", asOf: "2023", area: null, observation: digitalEconomyValueAddedShare2023Baomoi, release: baomoi20250106, status: "normal", publications: [{ observation: digitalEconomyValueAddedShare2023Congthuong, release: congthuong20231229, knownFrom: "2023-12-29", vintage: 1, role: "first" }, { observation: digitalEconomyValueAddedShare2023Baomoi, release: baomoi20250106, knownFrom: "2025-01-06", vintage: 2, role: "revision" }, { observation: digitalEconomyValueAddedShare2023Dukcoquantwtphcm, release: dukcoquantwtphcm2023, knownFrom: "2026-12-03", vintage: 3, role: "conflicting" }, { observation: digitalEconomyValueAddedShare2023Tracuuquyhoach, release: tracuuquyhoach2024, knownFrom: "2026-12-03", vintage: 3, role: "relay" }], revised: true, conflicts: ["digital-economy-value-added-share-undated-first-vintage"], reason: "dated" }, { figure: "digital-economy-value-added-share@2024", asOf: "2024", area: null, observation: digitalEconomyValueAddedShare2024Baomoi, release: baomoi20250106, status: "normal", publications: [{ observation: digitalEconomyValueAddedShare2024Baomoi, release: baomoi20250106, knownFrom: "2025-01-06", vintage: 1, role: "first" }, { observation: digitalEconomyValueAddedShare2024Tracuuquyhoach, release: tracuuquyhoach2024, knownFrom: "2026-12-03", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "dated" }, digitalEconomyValueAddedShareLatest]);

/**
 * The newest figure of `digital-economy-value-added-share-trial` (Digital economy value added as a share of GDP (trial computation)): `12,86%` (2022, 2 publications), from `tapchibaohiemxahoi-2023-09-14` (GSO).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const digitalEconomyValueAddedShareTrialLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "digital-economy-value-added-share-trial@2022", asOf: "2022", area: null, observation: digitalEconomyValueAddedShareTrial2022, release: tapchibaohiemxahoi20230914, status: "provisional", publications: [{ observation: digitalEconomyValueAddedShareTrial2022, release: tapchibaohiemxahoi20230914, knownFrom: "2023-09-14", vintage: 1, role: "first" }, { observation: digitalEconomyValueAddedShareTrial2022Vietnamnet, release: vietnamnet20231204, knownFrom: "2023-12-04", vintage: 2, role: "conflicting" }], revised: false, conflicts: ["digital-economy-value-added-share-trial-2022"], reason: "status-word" });

/**
 * The series of `digital-economy-value-added-share-trial` (Digital economy value added as a share of GDP (trial computation)), one point per figure: `12,86%` (2022, 2 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const digitalEconomyValueAddedShareTrialSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([digitalEconomyValueAddedShareTrialLatest]);

/**
 * The newest figure of `digital-economy-share-ministry-estimate` (Digital economy share of GDP (the ministry's estimate)): `18,3%` (2024), from `sggp-2024-12-29` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const digitalEconomyShareMinistryEstimateLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "digital-economy-share-ministry-estimate@2024", asOf: "2024", area: null, observation: digitalEconomyShareMinistryEstimate2024, release: sggp20241229, status: "estimate", publications: [{ observation: digitalEconomyShareMinistryEstimate2024, release: sggp20241229, knownFrom: "2024-12-29", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `digital-economy-share-ministry-estimate` (Digital economy share of GDP (the ministry's estimate)), one point per figure: `11,91%` (2021), `14,26%` (2022), `16,5%` (2023), `18,3%` (2024-06-30, 2 publications), `18,3%` (2024).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const digitalEconomyShareMinistryEstimateSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "digital-economy-share-ministry-estimate@2021", asOf: "2021", area: null, observation: digitalEconomyShareMinistryEstimate2021, release: vnmedia202306, status: "estimate", publications: [{ observation: digitalEconomyShareMinistryEstimate2021, release: vnmedia202306, knownFrom: "2023-06-30", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "digital-economy-share-ministry-estimate@2022", asOf: "2022", area: null, observation: digitalEconomyShareMinistryEstimate2022, release: vnmedia202306, status: "estimate", publications: [{ observation: digitalEconomyShareMinistryEstimate2022, release: vnmedia202306, knownFrom: "2023-06-30", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "digital-economy-share-ministry-estimate@2023", asOf: "2023", area: null, observation: digitalEconomyShareMinistryEstimate2023, release: nld20231229, status: "estimate", publications: [{ observation: digitalEconomyShareMinistryEstimate2023, release: nld20231229, knownFrom: "2023-12-29", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "digital-economy-share-ministry-estimate@2024-06-30", asOf: "2024-06-30", area: null, observation: digitalEconomyShareMinistryEstimate20240630Dongnai, release: dongnai202406, status: "estimate", publications: [{ observation: digitalEconomyShareMinistryEstimate20240630, release: ninhthuan20240710, knownFrom: "2024-07-10", vintage: 1, role: "first" }, { observation: digitalEconomyShareMinistryEstimate20240630Dongnai, release: dongnai202406, knownFrom: "2026-12-03", vintage: 2, role: "relay" }], revised: false, conflicts: [], reason: "publisher-named" }, digitalEconomyShareMinistryEstimateLatest]);

/**
 * The newest figure of `dti-national` (National Digital Transformation Index (DTI)): `0,7955` (2024, 3 publications), from `dantri-2025-10-21` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const dtiNationalLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "dti-national@2024", asOf: "2024", area: null, observation: dtiNational2024, release: dantri20251021, status: "normal", publications: [{ observation: dtiNational2024, release: dantri20251021, knownFrom: "2025-10-21", vintage: 1, role: "first" }, { observation: dtiNational2024Vietnamnet, release: vietnamnet20251021, knownFrom: "2025-10-21", vintage: 1, role: "relay" }, { observation: dtiNational2024Vnexpress, release: vnexpress20251021, knownFrom: "2025-10-21", vintage: 1, role: "relay" }], revised: false, conflicts: [], reason: "release-order" });

/**
 * The series of `dti-national` (National Digital Transformation Index (DTI)), one point per figure: `0,7326` (2023, 3 publications), `0,7955` (2024, 3 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const dtiNationalSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "dti-national@2023", asOf: "2023", area: null, observation: dtiNational2023Dantri, release: dantri20251021, status: "normal", publications: [{ observation: dtiNational2023, release: baogialai202312, knownFrom: "2023-12-28", vintage: 1, role: "first" }, { observation: dtiNational2023Vietbao, release: vietbao202502, knownFrom: "2025-02-06", vintage: 2, role: "revision" }, { observation: dtiNational2023Dantri, release: dantri20251021, knownFrom: "2025-10-21", vintage: 3, role: "relay" }], revised: true, conflicts: [], reason: "latest" }, dtiNationalLatest]);

/**
 * The newest figure of `dti-provinces-mean` (Provincial DTI, mean over the provinces): `0,6961` (2024, 3 publications), from `baomoi-2025-10` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const dtiProvincesMeanLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "dti-provinces-mean@2024", asOf: "2024", area: null, observation: dtiProvincesMean2024Baomoi, release: baomoi202510, status: "normal", publications: [{ observation: dtiProvincesMean2024Baomoi, release: baomoi202510, knownFrom: "2025-10-21", vintage: 1, role: "first" }, { observation: dtiProvincesMean2024, release: dantri20251021, knownFrom: "2025-10-21", vintage: 1, role: "relay" }, { observation: dtiProvincesMean2024Vnexpress, release: vnexpress20251021, knownFrom: "2025-10-21", vintage: 1, role: "relay" }], revised: false, conflicts: ["dti-provinces-mean-2023-2024-frame"], reason: "release-order" });

/**
 * The series of `dti-provinces-mean` (Provincial DTI, mean over the provinces), one point per figure: `0,3026` (2020, 2 publications), `0,4014` (2021), `0,5763` (2022), `0,6783` (2023, 2 publications), `0,6961` (2024, 3 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const dtiProvincesMeanSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "dti-provinces-mean@2020", asOf: "2020", area: null, observation: dtiProvincesMean2020Doanhnghiepvaphattrien, release: doanhnghiepvaphattrien202110, status: "normal", publications: [{ observation: dtiProvincesMean2020Doanhnghiepvaphattrien, release: doanhnghiepvaphattrien202110, knownFrom: "2021-10-19", vintage: 1, role: "first" }, { observation: dtiProvincesMean2020, release: tapchicongthuong202110, knownFrom: "2021-10-19", vintage: 1, role: "relay" }], revised: false, conflicts: [], reason: "release-order" }, { figure: "dti-provinces-mean@2021", asOf: "2021", area: null, observation: dtiProvincesMean2021, release: kinhtedothi202208, status: "normal", publications: [{ observation: dtiProvincesMean2021, release: kinhtedothi202208, knownFrom: "2022-08-08", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "dti-provinces-mean@2022", asOf: "2022", area: null, observation: dtiProvincesMean2022, release: tothethao202502, status: "normal", publications: [{ observation: dtiProvincesMean2022, release: tothethao202502, knownFrom: "2025-02-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "dti-provinces-mean@2023", asOf: "2023", area: null, observation: dtiProvincesMean2023Tothethao, release: tothethao202502, status: "normal", publications: [{ observation: dtiProvincesMean2023Tothethao, release: tothethao202502, knownFrom: "2025-02-06", vintage: 1, role: "first" }, { observation: dtiProvincesMean2023, release: vneconomy202502, knownFrom: "2025-02-06", vintage: 1, role: "relay" }], revised: false, conflicts: ["dti-provinces-mean-2023-2024-frame"], reason: "release-order" }, dtiProvincesMeanLatest]);

/**
 * The newest figure of `dti-ministries-services-mean` (Ministry DTI, mean over the ministries providing public services): `0,6355` (2023, 2 publications), from `vietbao-2025-02` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const dtiMinistriesServicesMeanLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "dti-ministries-services-mean@2023", asOf: "2023", area: null, observation: dtiMinistriesServicesMean2023, release: vietbao202502, status: "normal", publications: [{ observation: dtiMinistriesServicesMean2023, release: vietbao202502, knownFrom: "2025-02-06", vintage: 1, role: "first" }, { observation: dtiMinistriesServicesMean2023Vneconomy, release: vneconomy202502, knownFrom: "2025-02-06", vintage: 1, role: "relay" }], revised: false, conflicts: [], reason: "release-order" });

/**
 * The series of `dti-ministries-services-mean` (Ministry DTI, mean over the ministries providing public services), one point per figure: `0,3982` (2020), `0,4595` (2021), `0,6355` (2023, 2 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const dtiMinistriesServicesMeanSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "dti-ministries-services-mean@2020", asOf: "2020", area: null, observation: dtiMinistriesServicesMean2020, release: tapchicongthuong202110, status: "normal", publications: [{ observation: dtiMinistriesServicesMean2020, release: tapchicongthuong202110, knownFrom: "2021-10-19", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "dti-ministries-services-mean@2021", asOf: "2021", area: null, observation: dtiMinistriesServicesMean2021, release: kinhtedothi202208, status: "normal", publications: [{ observation: dtiMinistriesServicesMean2021, release: kinhtedothi202208, knownFrom: "2022-08-08", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, dtiMinistriesServicesMeanLatest]);

/**
 * The newest figure of `dti-ministries-no-services-mean` (Ministry DTI, mean over the ministries providing no public services): `0,4347` (2023, 2 publications), from `vietbao-2025-02` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const dtiMinistriesNoServicesMeanLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "dti-ministries-no-services-mean@2023", asOf: "2023", area: null, observation: dtiMinistriesNoServicesMean2023, release: vietbao202502, status: "normal", publications: [{ observation: dtiMinistriesNoServicesMean2023, release: vietbao202502, knownFrom: "2025-02-06", vintage: 1, role: "first" }, { observation: dtiMinistriesNoServicesMean2023Vneconomy, release: vneconomy202502, knownFrom: "2025-02-06", vintage: 1, role: "relay" }], revised: false, conflicts: [], reason: "release-order" });

/**
 * The series of `dti-ministries-no-services-mean` (Ministry DTI, mean over the ministries providing no public services), one point per figure: `0,2342` (2020), `0,2151` (2021), `0,4347` (2023, 2 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const dtiMinistriesNoServicesMeanSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([{ figure: "dti-ministries-no-services-mean@2020", asOf: "2020", area: null, observation: dtiMinistriesNoServicesMean2020, release: tapchicongthuong202110, status: "normal", publications: [{ observation: dtiMinistriesNoServicesMean2020, release: tapchicongthuong202110, knownFrom: "2021-10-19", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, { figure: "dti-ministries-no-services-mean@2021", asOf: "2021", area: null, observation: dtiMinistriesNoServicesMean2021, release: kinhtedothi202208, status: "normal", publications: [{ observation: dtiMinistriesNoServicesMean2021, release: kinhtedothi202208, knownFrom: "2022-08-08", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" }, dtiMinistriesNoServicesMeanLatest]);

/**
 * The newest figure of `dti-provinces-mean-digital-government` (Provincial DTI, digital-government pillar, mean over the provinces): `0,7582` (2024, 2 publications), from `baomoi-2025-10` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const dtiProvincesMeanDigitalGovernmentLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "dti-provinces-mean-digital-government@2024", asOf: "2024", area: null, observation: dtiProvincesMeanDigitalGovernment2024Baomoi, release: baomoi202510, status: "normal", publications: [{ observation: dtiProvincesMeanDigitalGovernment2024Baomoi, release: baomoi202510, knownFrom: "2025-10-21", vintage: 1, role: "first" }, { observation: dtiProvincesMeanDigitalGovernment2024, release: dantri20251021, knownFrom: "2025-10-21", vintage: 1, role: "relay" }], revised: false, conflicts: [], reason: "release-order" });

/**
 * The series of `dti-provinces-mean-digital-government` (Provincial DTI, digital-government pillar, mean over the provinces), one point per figure: `0,7582` (2024, 2 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const dtiProvincesMeanDigitalGovernmentSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([dtiProvincesMeanDigitalGovernmentLatest]);

/**
 * The newest figure of `dti-provinces-mean-digital-economy` (Provincial DTI, digital-economy pillar, mean over the provinces): `0,7723` (2024, 2 publications), from `baomoi-2025-10` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const dtiProvincesMeanDigitalEconomyLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "dti-provinces-mean-digital-economy@2024", asOf: "2024", area: null, observation: dtiProvincesMeanDigitalEconomy2024Baomoi, release: baomoi202510, status: "normal", publications: [{ observation: dtiProvincesMeanDigitalEconomy2024Baomoi, release: baomoi202510, knownFrom: "2025-10-21", vintage: 1, role: "first" }, { observation: dtiProvincesMeanDigitalEconomy2024, release: dantri20251021, knownFrom: "2025-10-21", vintage: 1, role: "relay" }], revised: false, conflicts: [], reason: "release-order" });

/**
 * The series of `dti-provinces-mean-digital-economy` (Provincial DTI, digital-economy pillar, mean over the provinces), one point per figure: `0,7723` (2024, 2 publications).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const dtiProvincesMeanDigitalEconomySeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([dtiProvincesMeanDigitalEconomyLatest]);

/**
 * The newest figure of `dti-provinces-mean-digital-society` (Provincial DTI, digital-society pillar, mean over the provinces): `0,7692` (2024), from `dantri-2025-10-21` (MOST).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const dtiProvincesMeanDigitalSocietyLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "dti-provinces-mean-digital-society@2024", asOf: "2024", area: null, observation: dtiProvincesMeanDigitalSociety2024, release: dantri20251021, status: "normal", publications: [{ observation: dtiProvincesMeanDigitalSociety2024, release: dantri20251021, knownFrom: "2025-10-21", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `dti-provinces-mean-digital-society` (Provincial DTI, digital-society pillar, mean over the provinces), one point per figure: `0,7692` (2024).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const dtiProvincesMeanDigitalSocietySeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([dtiProvincesMeanDigitalSocietyLatest]);

/**
 * The newest figure of `provinces-dti-at-least-half` (Provinces with a DTI of 0.5 or more): `63/63` (2023), from `tothethao-2025-02` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesDtiAtLeastHalfLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-dti-at-least-half@2023", asOf: "2023", area: null, observation: provincesDtiAtLeastHalf2023, release: tothethao202502, status: "normal", publications: [{ observation: provincesDtiAtLeastHalf2023, release: tothethao202502, knownFrom: "2025-02-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-dti-at-least-half` (Provinces with a DTI of 0.5 or more), one point per figure: `63/63` (2023).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesDtiAtLeastHalfSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([provincesDtiAtLeastHalfLatest]);

/**
 * The newest figure of `provinces-dti-above-mean` (Provinces with a DTI above the provincial mean): `34/63` (2023), from `tothethao-2025-02` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const provincesDtiAboveMeanLatest: SeriesPoint<PartOfWholeObservation> = /* @__PURE__ */ _deepFreeze({ figure: "provinces-dti-above-mean@2023", asOf: "2023", area: null, observation: provincesDtiAboveMean2023, release: tothethao202502, status: "normal", publications: [{ observation: provincesDtiAboveMean2023, release: tothethao202502, knownFrom: "2025-02-06", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `provinces-dti-above-mean` (Provinces with a DTI above the provincial mean), one point per figure: `34/63` (2023).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const provincesDtiAboveMeanSeries: readonly SeriesPoint<PartOfWholeObservation>[] = /* @__PURE__ */ _deepFreeze([provincesDtiAboveMeanLatest]);

/**
 * The newest figure of `ndxp-connection-points` (Connection points through NDXP): `388` (2024-04), from `cchccantho-2024-04` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ndxpConnectionPointsLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ndxp-connection-points@2024-04", asOf: "2024-04", area: null, observation: ndxpConnectionPoints202404, release: cchccantho202404, status: "normal", publications: [{ observation: ndxpConnectionPoints202404, release: cchccantho202404, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ndxp-connection-points` (Connection points through NDXP), one point per figure: `388` (2024-04).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ndxpConnectionPointsSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([ndxpConnectionPointsLatest]);

/**
 * The newest figure of `ndxp-connected-agencies` (Agencies with systems connected through NDXP): `95` (2024-04), from `cchccantho-2024-04` (MIC).
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const ndxpConnectedAgenciesLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "ndxp-connected-agencies@2024-04", asOf: "2024-04", area: null, observation: ndxpConnectedAgencies202404, release: cchccantho202404, status: "normal", publications: [{ observation: ndxpConnectedAgencies202404, release: cchccantho202404, knownFrom: "2026-12-03", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `ndxp-connected-agencies` (Agencies with systems connected through NDXP), one point per figure: `95` (2024-04).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const ndxpConnectedAgenciesSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([ndxpConnectedAgenciesLatest]);

/**
 * The newest figure of `resolution-57-tasks-completed-share` (Share of Resolution 57-NQ/TW tasks completed in the year): `95%` (2025), from `huengaynay-2025-12-27`.
 * The last point of its series, as known when this package was built;
 * a bundle that imports it carries only its publications' releases.
 *
 * @category Series
 */
export const resolution57TasksCompletedShareLatest: SeriesPoint<ValueObservation> = /* @__PURE__ */ _deepFreeze({ figure: "resolution-57-tasks-completed-share@2025", asOf: "2025", area: null, observation: resolution57TasksCompletedShare2025, release: huengaynay20251227, status: "normal", publications: [{ observation: resolution57TasksCompletedShare2025, release: huengaynay20251227, knownFrom: "2025-12-25", vintage: 1, role: "first" }], revised: false, conflicts: [], reason: "only" });

/**
 * The series of `resolution-57-tasks-completed-share` (Share of Resolution 57-NQ/TW tasks completed in the year), one point per figure: `95%` (2025).
 * In as-of order, each figure at its latest vintage with every publication
 * of it; a bundle that imports it carries these releases only.
 *
 * @category Series
 */
export const resolution57TasksCompletedShareSeries: readonly SeriesPoint<ValueObservation>[] = /* @__PURE__ */ _deepFreeze([resolution57TasksCompletedShareLatest]);
