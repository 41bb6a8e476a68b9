import type { Source } from "../source-schema";

/**
 * The documents the `cn-*` presets rest on, with the quality tags of
 * domain-research.md §0 (A official text or reprint, B news of an official text,
 * C academic, D practitioner template: common practice only).
 */
export const CN_SOURCES: Source[] = [
  {
    id: "xiangxi-2021",
    title: "湘西州《学习推广“衡南经验”加强新时代学生心理健康教育的实施意见》",
    docNo: "州教小组通〔2021〕5号",
    quality: "A",
    note: "The source policy of psyscreen (copy in shared/seeds): semester census, 一生一册, 班级-年级-学校 and 宿舍-班级-院系-学校 warning networks, 一人一案, 心理委员, green channel, 每月调度.",
  },
  {
    id: "moe-2021-notice",
    title: "教育部办公厅《关于加强学生心理健康管理工作的通知》",
    docNo: "教思政厅函〔2021〕10号",
    url: "http://xsc.sccm.cn/SccmXG/Website/Home/Detail?kBihT0noTrw2YNxyAiPIUVtHpaqEJuFs0v1OUAGMbVQ=.shtml",
    quality: "A",
    note: "University four-tier network 学校-院系-班级-宿舍; 心理委员; counsellors visit all dorms monthly; county guidance centres.",
  },
  {
    id: "hengnan-2021",
    title: "湖南省教育厅 教育工作情况专刊〔2021〕第57期（衡南“八个一”）",
    url: "http://jyt.hunan.gov.cn/jyt/sjyt/xxgk/jykx/jyqkzk/202110/t20211018_1055225.html",
    quality: "A",
    note: "Semester census, confidential 一生一档, 自评 + 他评, home visits for high-risk students.",
  },
  {
    id: "hunan-2022",
    title: "湖南省教育厅 建议提案办理答复（学生心理健康教育指导中心、专项督导）",
    url: "http://jyt.hunan.gov.cn/jyt/sjyt/xxgk/jytabl/202208/t20220824_1076010.html",
    quality: "A",
    note: "Every county has a 学生心理健康教育指导中心.",
  },
  {
    id: "moe-2015-guide",
    title: "教育部《中小学心理辅导室建设指南》(2015)",
    url: "https://m.takefoto.cn/viewnews-513255.html",
    quality: "B",
    note: "Informed, voluntary testing of student and guardian; no forced testing; no labels; break confidentiality only for risk of harm, inform 班主任 and guardian, record it.",
  },
  {
    id: "moe-2025-measures",
    title: "教育部《进一步加强中小学生心理健康工作十条措施》(2025)",
    url: "http://www.junhanjc.com/rmtzcg/xwy/wzxw/202510/t20251024_2111404780.html",
    quality: "A",
    note: "Reprint. Special groups, 一生一策 files, at least one home visit per semester.",
  },
  {
    id: "pipl",
    title: "个人信息保护法 第28、29、31条",
    url: "https://wechat.estsglobal.com/wechat/law_contents/311",
    quality: "A",
    note: "Reprint. Health data and all data of under-14s are sensitive; separate consent; guardian consent under 14.",
  },
  {
    id: "mental-health-law",
    title: "精神卫生法 第16、23、27、28、29条",
    url: "http://daxinli.com/psy/zhenduan/xinli-113042-4.shtml",
    quality: "A",
    note: "Reprint. Schools talk with guardians; no examination against the person's will; near relatives and the person's unit act on risk of harm; only psychiatrists diagnose.",
  },
  {
    id: "beijing-2020",
    title: "北京市中小学生心理体检试点 (2020)",
    url: "https://news.shi-fen.com/sociology/202009/52-835906.html",
    quality: "B",
    note: "Risk-tiered responsibility: school, district + school, city guidance and green channel.",
  },
  {
    id: "leshan",
    title: "乐山市学生心理健康筛查与预警",
    url: "https://cbgc.scol.com.cn/news/6205156",
    quality: "B",
    note: "Re-check by psychology teacher and physician; exit by re-screening (level down two grades); response within 30 min county, 2 h city.",
  },
  {
    id: "hangzhou-2025",
    title: "杭州 休学复学专家共识 (2025)",
    url: "https://opaj.napstic.cn/periodicalArticle/0120250801218327",
    quality: "C",
    note: "Leave: identification, assessment, family talk, application. Return: materials, school review, assessment, decision, appeal.",
  },
  {
    id: "nimh-asq",
    title: "NIMH ASQ Suicide Risk Screening Pathway",
    url: "https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials/youth-ed/suicide-risk-screening-pathway-emergency-department-chart-description",
    quality: "A",
    note: "An acute positive (imminent risk) needs a full safety evaluation before the young person leaves.",
  },
  {
    id: "phq9-teen",
    title: "PHQ-9 Modified for Teens, scoring notes",
    url: "https://fill.io/PHQ-9-Modified-for-Teens",
    quality: "D",
    note: "All positive answers to item 9 must be followed up by a clinical interview.",
  },
  {
    id: "crisis-template-a",
    title: "学校心理危机干预预案模板（红/橙/黄/蓝四级）",
    url: "https://www.renrendoc.com/paper/498389043.html",
    quality: "D",
    note: "Colour levels; class teacher reports within about 30 minutes; psychology teacher on scene within 60 minutes.",
  },
  {
    id: "crisis-template-b",
    title: "中学心理危机干预预案模板（一级/二级/三级）",
    url: "https://max.book118.com/html/2026/0128/5013124142013113.shtm",
    quality: "D",
    note: "Top level: 24 h one-to-one supervision; second level: at least two follow-ups a week.",
  },
  {
    id: "univ-census-practice",
    title: "高校新生心理普查与重点学生约谈（山东某职业学院）",
    url: "https://xgc.sdipct.edu.cn/info/1099/5636.htm",
    quality: "A",
    note: "Freshman census, then one-on-one interviews with key students and file creation.",
  },
];
