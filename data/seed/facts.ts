// The seed graph, written by hand from the article (data/seed/article.txt): its entities and the facts between
// them, each fact with the words of the article it rests on. data/seed/build.ts finds every quote in the text,
// computes its offsets and sentence, and writes alibaba.graph.json; it fails if a quote is missing or ambiguous.
//
// `inferred: true` marks a fact the article implies without stating it in the quoted words (context, a name,
// or common knowledge needed); the quote is still the sentence that implies it.

export const ENTITY_TYPES = ['Company', 'Product', 'Person', 'OrgUnit', 'Event', 'Figure'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityFact {
  key: string;
  type: EntityType;
  name: string;
  /** Every way the article and readers name it, Latin and Chinese; the name is added by the build. */
  aliases: string[];
  description: string;
  /** Extra phrases of the article that mention it without being a name (used for MENTIONED_IN only). */
  mentions?: string[];
  /** Typed extras: Event date ({ $date }), Figure metric/value/unit/period, … */
  properties?: Record<string, unknown>;
}

export interface RelationFact {
  type: string;
  start: string;
  end: string;
  /** Verbatim words of the article; must occur once (or give `occurrence`, 0-based). */
  quote: string;
  occurrence?: number;
  inferred?: boolean;
  properties?: Record<string, unknown>;
}

export const DOCUMENT = {
  key: 'alibaba-article',
  title: 'Zhang Yong of Alibaba: the flavor is getting stronger (Ali is not the original Ali)',
  source: 'shared/seed/000_e4408c08db665c9e.txt (English machine translation of a Chinese business article, 2020)',
};

/** Yuan amounts in billions → yuan, rounded to whole yuan, stored as a float. */
const yuan = (billions: number) => ({ $float: Math.round(billions * 1e9) });

export const ENTITIES: EntityFact[] = [
  // Companies
  {
    key: 'alibaba',
    type: 'Company',
    name: 'Alibaba',
    aliases: ['Ali', 'Alibaba Group', '阿里巴巴', '阿里', '阿里巴巴集团'],
    description: 'Chinese e-commerce group (Taobao, Ali Mama, Youku, Ele.me, cloud computing); the article’s subject, facing new rivals and a hunger for traffic.',
  },
  {
    key: 'pinduoduo',
    type: 'Company',
    name: 'Pinduoduo',
    aliases: ['PDD', '拼多多', 'Pinduoduo Inc.'],
    description: 'Chinese e-commerce platform of group buying and lower-tier markets; “a new rival on the old track” that out-added Alibaba in new active buyers.',
  },
  {
    key: 'jd',
    type: 'Company',
    name: 'JD',
    aliases: ['Jingdong', 'JD.com', '京东'],
    description: 'Chinese e-commerce company (JD.com) with its own self-operated retail; named among Alibaba’s long-standing rivals.',
  },
  {
    key: 'meituan',
    type: 'Company',
    name: 'Meituan',
    aliases: ['美团', 'Meituan Dianping', '美团点评'],
    description: 'Chinese local-services and food-delivery company; rival of Alibaba and of Ele.me.',
  },
  {
    key: 'bytedance',
    type: 'Company',
    name: 'ByteDance',
    aliases: ['Bytedance', '字节跳动'],
    description: 'Chinese internet company owning Douyin, Toutiao and Watermelon Video; set up a first-level e-commerce department in June 2020.',
  },
  {
    key: 'kuaishou',
    type: 'Company',
    name: 'Kuaishou',
    aliases: ['快手', 'Kuaishou Technology', '快手科技'],
    description: 'Chinese short-video platform and the company that runs it; moved into live-stream e-commerce (250 billion yuan GMV target for 2020).',
  },
  {
    key: 'tencent',
    type: 'Company',
    name: 'Tencent',
    aliases: ['腾讯', 'Tencent Holdings'],
    description: 'Chinese internet company; named in the article through its streaming service Tencent Video.',
  },
  {
    key: 'ele-me',
    type: 'Company',
    name: 'Ele.me',
    aliases: ['Ele. Hungry', 'Eleme', '饿了么'],
    description: 'Food-delivery platform acquired by Alibaba (the translation calls it “Ele. Hungry”); at a disadvantage against Meituan.',
  },
  {
    key: 'vipshop',
    type: 'Company',
    name: 'Vipshop',
    aliases: ['唯品会', 'VIP.com'],
    description: 'Chinese vertical e-commerce company (discount apparel and beauty) eating into the market that belonged to Alibaba.',
  },
  {
    key: 'meiliduo',
    type: 'Company',
    name: 'MeiLiDuo',
    aliases: ['Mogu', 'Mogujie', '蘑菇街', 'Meilishuo', '美丽说', 'Meili United', '美丽联合集团'],
    description:
      'Vertical fashion and beauty e-commerce company as the translation names it; most likely Mogu (蘑菇街), merged with Meilishuo (美丽说) into Meili United (美丽联合集团).',
  },
  {
    key: 'focus-media',
    type: 'Company',
    name: 'Focus Media',
    aliases: ['分众传媒', '分众'],
    description: 'Chinese out-of-home advertising company; an external traffic source (“external diversion”) for Alibaba.',
  },
  {
    key: '36kr',
    type: 'Company',
    name: '36Kr',
    aliases: ['36氪', '36 Kr'],
    description: 'Chinese technology news outlet; reported Douyin’s ban on third-party shopping links.',
  },

  // Products and platforms
  {
    key: 'taobao',
    type: 'Product',
    name: 'Taobao',
    aliases: ['淘宝', 'Taobao e-commerce', '淘宝网'],
    description: 'Alibaba’s consumer marketplace; its small and medium-sized sellers bring Alibaba organic traffic.',
  },
  {
    key: 'taobao-alliance',
    type: 'Product',
    name: 'Taobao Alliance',
    aliases: ['淘宝联盟', 'Taobao Union'],
    description: 'Alibaba’s affiliate-marketing platform; one of the sources of Alibaba traffic.',
  },
  {
    key: 'alimama',
    type: 'Product',
    name: 'Ali Mama',
    aliases: ['Alimama', '阿里妈妈'],
    description: 'Alibaba’s marketing and advertising platform; one of the sources of Alibaba traffic.',
  },
  {
    key: 'douyin',
    type: 'Product',
    name: 'Douyin',
    aliases: ['抖音', 'TikTok live streaming', 'Douyin live room', 'Douyin e-commerce', '抖音直播', '抖音电商'],
    description: 'ByteDance’s short-video app in China (the translation also writes “TikTok live streaming”); from 9 October 2020 it kept third-party shopping links out of its live rooms.',
  },
  {
    key: 'douyin-store',
    type: 'Product',
    name: 'Douyin Store',
    aliases: ['抖音小店', 'Douyin shop'],
    description: 'Douyin’s own in-app store, not affected by the ban on third-party shopping links.',
  },
  {
    key: 'toutiao',
    type: 'Product',
    name: 'Toutiao',
    aliases: ['头条', '今日头条', 'Jinri Toutiao'],
    description: 'ByteDance’s news-feed app; one of the content platforms whose e-commerce the new department coordinates.',
  },
  {
    key: 'watermelon-video',
    type: 'Product',
    name: 'Watermelon Video',
    aliases: ['西瓜视频', 'Xigua Video'],
    description: 'ByteDance’s video platform; one of the content platforms whose e-commerce the new department coordinates.',
  },
  {
    key: 'kuaishou-store',
    type: 'Product',
    name: 'Kuaishou Store',
    aliases: ['Kuaishou stores', '快手小店'],
    description: 'Kuaishou’s in-app stores, where Kuaishou users can buy JD self-operated products directly.',
  },
  {
    key: 'jd-self-operated',
    type: 'Product',
    name: 'JD Self-operated',
    aliases: ['Jingdong Self-operated', '京东自营'],
    description: 'JD’s self-operated retail line, sold in Kuaishou stores with JD’s after-sales service.',
  },
  {
    key: 'youku',
    type: 'Product',
    name: 'Youku',
    aliases: ['优酷', 'Youku Tudou'],
    description: 'Video platform owned by Alibaba; “the former video boss”, now far behind Tencent Video and iQiyi.',
  },
  {
    key: 'tencent-video',
    type: 'Product',
    name: 'Tencent Video',
    aliases: ['腾讯视频', 'WeTV'],
    description: 'Tencent’s video-streaming platform, ahead of Youku.',
  },
  {
    key: 'iqiyi',
    type: 'Product',
    name: 'iQiyi',
    aliases: ['爱奇艺', 'iQIYI'],
    description: 'Video-streaming platform, ahead of Youku.',
  },
  {
    key: 'weibo',
    type: 'Product',
    name: 'Weibo',
    aliases: ['微博', 'Sina Weibo', '新浪微博'],
    description: 'Chinese social-media platform in which Alibaba invested; “failed to seize the opportunity when new outlets came”.',
  },

  // People
  {
    key: 'zhang-yong',
    type: 'Person',
    name: 'Zhang Yong',
    aliases: ['Daniel Zhang', '张勇', '逍遥子'],
    description: 'Chief executive and chairman of Alibaba (“Ali’s Head”), who took over from Ma Yun.',
  },
  {
    key: 'ma-yun',
    type: 'Person',
    name: 'Ma Yun',
    aliases: ['Jack Ma', '马云'],
    description: 'Founder and former chairman of Alibaba, succeeded by Zhang Yong.',
  },

  // Organisation units
  {
    key: 'alibaba-core-commerce',
    type: 'OrgUnit',
    name: 'Alibaba core commerce',
    aliases: ['core business', 'core commerce', '阿里巴巴核心商业', '核心商业'],
    description: 'Alibaba’s core commerce segment: 133.318 billion yuan, 86.7% of revenue in the latest quarter.',
  },
  {
    key: 'alibaba-cloud',
    type: 'OrgUnit',
    name: 'Alibaba Cloud',
    aliases: ['cloud computing', 'Aliyun', '阿里云'],
    description: 'Alibaba’s cloud-computing business, part of its early toB layout; the fastest-growing of its businesses.',
  },
  {
    key: 'alibaba-content-team',
    type: 'OrgUnit',
    name: 'Alibaba content team',
    aliases: ['content team', '阿里内容团队'],
    description: 'The content team inside Alibaba, which “always cares about the conversion rate of e-commerce”.',
  },
  {
    key: 'bytedance-ecommerce-department',
    type: 'OrgUnit',
    name: 'ByteDance e-commerce department',
    aliases: ['e-commerce department', '字节跳动电商部门', '电商部门'],
    mentions: ['first-level business department'],
    description: 'First-level business department named “e-commerce” that ByteDance set up in early June 2020 to coordinate e-commerce on Douyin, Toutiao and Watermelon Video.',
  },

  // Events
  {
    key: 'alibaba-succession-2019',
    type: 'Event',
    name: 'Zhang Yong takes over from Ma Yun',
    aliases: ['Alibaba chairman succession', '阿里巴巴董事会主席交接', '马云卸任'],
    mentions: ['taking over Ma Yun'],
    description: 'Zhang Yong succeeded Ma Yun at the head of Alibaba (as chairman, on 10 September 2019, by public record; the article does not give the date).',
    properties: { date: { $date: '2019-09-10' }, date_text: 'since taking over Ma Yun', date_precision: 'day', date_inferred: true },
  },
  {
    key: 'double-11',
    type: 'Event',
    name: 'Double 11',
    aliases: ['Double Eleven', 'Singles’ Day', "Singles' Day", '双十一', '双11'],
    description: 'The 11 November shopping festival; its burst traffic is one of Alibaba’s three main traffic sources.',
    properties: { date_text: '11 November, every year', recurring: true },
  },
  {
    key: 'double-11-2018',
    type: 'Event',
    name: 'Double Eleven 2018',
    aliases: ['Double 11 2018', '2018 Double Eleven', '2018双十一'],
    mentions: ['Double Eleven in 2018'],
    description: 'The 2018 edition of Double 11, around which Alibaba began to take Pinduoduo seriously.',
    properties: { date: { $date: '2018-11-11' }, date_text: 'Double Eleven in 2018', date_precision: 'day' },
  },
  {
    key: '618-festival',
    type: 'Event',
    name: '618',
    aliases: ['618 shopping festival', '618购物节', '六一八'],
    description: 'The mid-year shopping festival around 18 June; its burst traffic is one of Alibaba’s main traffic sources.',
    properties: { date_text: '18 June, every year', recurring: true },
  },
  {
    key: '618-2020',
    type: 'Event',
    name: '618 2020',
    aliases: ['2020 618', '2020年618'],
    mentions: ['618 this year'],
    description: 'The 2020 edition of the 618 festival, at which Kuaishou launched its e-commerce carnival month.',
    properties: { date: { $date: '2020-06-18' }, date_text: '618 this year', date_precision: 'day' },
  },
  {
    key: 'kuaishou-618-carnival-2020',
    type: 'Event',
    name: '618 Kuaishou E-commerce Carnival Month',
    aliases: ['Kuaishou E-commerce Carnival Month', '618快手电商狂欢月', '快手电商狂欢月'],
    description: 'Kuaishou’s e-commerce campaign for 618 in 2020.',
    properties: { date: { $date: '2020-06-01' }, date_text: 'At 618 this year', date_precision: 'month' },
  },
  {
    key: 'alibaba-pinduoduo-battle',
    type: 'Event',
    name: 'Alibaba’s sniper battle against Pinduoduo',
    aliases: ['sniper battle', 'battle against Pinduoduo', '阿里狙击拼多多'],
    description: 'Alibaba’s large-scale campaign to contain Pinduoduo, begun around Double Eleven 2018 and lasting nearly one and a half years.',
    properties: {
      date: { $date: '2018-11-01' },
      date_text: 'Before and after Double Eleven in 2018; lasted for nearly one and a half years',
      date_precision: 'month',
      duration_years: { $float: 1.5 },
    },
  },
  {
    key: 'kuaishou-ecommerce-boom-2019',
    type: 'Event',
    name: 'Kuaishou’s e-commerce boom year',
    aliases: ['e-commerce boom year', '快手电商爆发年'],
    description: 'In 2019 Kuaishou’s e-commerce took off.',
    properties: { date: { $date: '2019-01-01' }, date_text: 'In 2019', date_precision: 'year' },
  },
  {
    key: 'bytedance-ecommerce-department-founded',
    type: 'Event',
    name: 'ByteDance sets up its e-commerce department',
    aliases: ['ByteDance e-commerce department founded', '字节跳动成立电商部门'],
    mentions: ['officially established'],
    description: 'In early June 2020 ByteDance established a first-level business department named “e-commerce”, making e-commerce a strategic business.',
    properties: { date: { $date: '2020-06-01' }, date_text: 'In early June this year', date_precision: 'month' },
  },
  {
    key: 'douyin-third-party-link-ban',
    type: 'Event',
    name: 'Douyin bars third-party shopping links from live rooms',
    aliases: ['Douyin link ban', '抖音直播间切断第三方链接'],
    mentions: ['from October 9th'],
    description:
      'From 9 October 2020, JD, Taobao and other third-party shopping links can no longer enter Douyin live rooms, while Douyin Store products are not affected: Douyin e-commerce joins the competition.',
    properties: { date: { $date: '2020-10-09' }, date_text: 'from October 9th', date_precision: 'day' },
  },
  {
    key: 'covid-19-epidemic',
    type: 'Event',
    name: 'COVID-19 epidemic',
    aliases: ['the epidemic', '新冠疫情', '疫情', 'COVID-19'],
    description: 'The epidemic that began in China at the start of 2020; the article dates the Q4 2019 buyer figures as “before the epidemic”.',
    properties: { date: { $date: '2020-01-01' }, date_text: 'the epidemic', date_precision: 'month', date_inferred: true },
  },

  // Reported figures (values in base units: yuan, buyers, units)
  {
    key: 'alibaba-revenue-2020q2',
    type: 'Figure',
    name: 'Alibaba quarterly revenue: 153.751 billion yuan (+34%)',
    aliases: ['153.751 billion yuan', 'Alibaba revenue'],
    description: 'Alibaba’s revenue in the quarter of its latest report, up 34% year on year.',
    properties: {
      metric: 'revenue',
      value: yuan(153.751),
      unit: 'CNY',
      period: '2020-Q2',
      period_text: 'the past quarter',
      period_note: 'quarter ended 30 June 2020 (Alibaba fiscal Q1 2021), from public record',
      period_inferred: true,
      change_pct: { $float: 34 },
      change_basis: 'year on year',
    },
  },
  {
    key: 'alibaba-core-commerce-revenue-2020q2',
    type: 'Figure',
    name: 'Alibaba core business revenue: 133.318 billion yuan (86.7% of revenue)',
    aliases: ['133.318 billion yuan', 'core business revenue'],
    description: 'Revenue of Alibaba’s core business in the latest report, 86.7% of the total.',
    properties: { metric: 'core business revenue', value: yuan(133.318), unit: 'CNY', period: '2020-Q2', period_text: 'the latest financial report', period_inferred: true, share_pct: 86.7 },
  },
  {
    key: 'pinduoduo-new-active-buyers-2019q4',
    type: 'Figure',
    name: 'Pinduoduo new active buyers Q4 2019: 48.9 million',
    aliases: ['48.9 million'],
    description: 'New active buyers Pinduoduo added in the fourth quarter of 2019, before the epidemic.',
    properties: { metric: 'new active buyers', value: { $float: 48.9e6 }, unit: 'buyers', period: '2019-Q4', period_text: 'the fourth quarter of 2019' },
  },
  {
    key: 'alibaba-new-active-buyers-2019q4',
    type: 'Figure',
    name: 'Alibaba new active buyers Q4 2019: 18 million',
    aliases: ['18 million'],
    description: 'New active buyers Alibaba added in the fourth quarter of 2019, against Pinduoduo’s 48.9 million.',
    properties: { metric: 'new active buyers', value: { $float: 18e6 }, unit: 'buyers', period: '2019-Q4', period_text: 'the fourth quarter of 2019' },
  },
  {
    key: 'kuaishou-gmv-target-2020',
    type: 'Figure',
    name: 'Kuaishou 2020 e-commerce GMV target: 250 billion yuan',
    aliases: ['250 billion yuan', 'Kuaishou GMV target'],
    description: 'Kuaishou’s 2020 e-commerce GMV target, more than four times the previous year’s.',
    properties: {
      metric: 'e-commerce GMV target',
      value: yuan(250),
      unit: 'CNY',
      period: '2020',
      period_text: 'its 2020 e-commerce business GMV target',
      growth_factor_min: { $float: 4 },
      change_basis: 'more than quadrupled from the previous year',
    },
  },
  {
    key: 'douyin-account-monthly-sales',
    type: 'Figure',
    name: 'Monthly sales of a single product by a Douyin account: thousands to tens of thousands',
    aliases: ['monthly sales of single products'],
    mentions: ['thousands or even tens of thousands'],
    description: 'A Douyin account with hundreds of thousands of fans can sell a single product in the thousands, even tens of thousands, a month.',
    properties: {
      metric: 'monthly sales of a single product',
      value: { $float: 1000 },
      value_max: { $float: 99999 },
      approximate: true,
      unit: 'units',
      period: 'monthly',
      period_text: 'monthly',
      condition: 'an account with hundreds of thousands of fans',
    },
  },
];

export const RELATIONS: RelationFact[] = [
  // Leadership and succession
  { type: 'LEADS', start: 'zhang-yong', end: 'alibaba', quote: 'Zhang Yong has frequently appeared in front of the media as Ali’s”Head”', properties: { role: 'Head (chief executive and chairman)' } },
  { type: 'SUCCEEDED', start: 'zhang-yong', end: 'ma-yun', quote: 'Since taking over Ma Yun, Zhang Yong' },
  {
    type: 'LED',
    start: 'ma-yun',
    end: 'alibaba',
    quote: 'Since taking over Ma Yun, Zhang Yong has frequently appeared in front of the media as Ali’s”Head”',
    inferred: true,
    properties: { role: 'Head (founder, former chairman)' },
  },
  { type: 'PARTICIPATED_IN', start: 'zhang-yong', end: 'alibaba-succession-2019', quote: 'Since taking over Ma Yun, Zhang Yong', properties: { role: 'successor' } },
  { type: 'PARTICIPATED_IN', start: 'ma-yun', end: 'alibaba-succession-2019', quote: 'Since taking over Ma Yun', properties: { role: 'predecessor' } },
  {
    type: 'PARTICIPATED_IN',
    start: 'alibaba',
    end: 'alibaba-succession-2019',
    quote: 'Since taking over Ma Yun, Zhang Yong has frequently appeared in front of the media as Ali’s”Head”',
    inferred: true,
    properties: { role: 'company' },
  },

  // Reported figures
  { type: 'REPORTED', start: 'alibaba', end: 'alibaba-revenue-2020q2', quote: 'Ali’s revenue in the past quarter reached 153.751 billion yuan, a year-on-year increase of 34%' },
  {
    type: 'REPORTED',
    start: 'alibaba',
    end: 'alibaba-core-commerce-revenue-2020q2',
    quote: 'the core business revenue is 133.318 billion yuan, accounting for 86.7%of the revenue, which has contributed the main force to Ali’s revenue',
  },
  { type: 'MEASURES', start: 'alibaba-core-commerce-revenue-2020q2', end: 'alibaba-core-commerce', quote: 'the core business revenue is 133.318 billion yuan' },
  { type: 'REPORTED', start: 'pinduoduo', end: 'pinduoduo-new-active-buyers-2019q4', quote: 'the Pinduoduo single The number of new active buyers in the quarter was 48.9 million' },
  { type: 'REPORTED', start: 'alibaba', end: 'alibaba-new-active-buyers-2019q4', quote: 'while Ali added 18 million' },
  { type: 'REPORTED', start: 'kuaishou', end: 'kuaishou-gmv-target-2020', quote: 'Kuaishou more than quadrupled its 2020 e-commerce business GMV target from the previous year to 250 billion yuan' },
  {
    type: 'MEASURES',
    start: 'douyin-account-monthly-sales',
    end: 'douyin',
    quote: 'A Douyin account with hundreds of thousands of fans, such as the pursuit of the core goal, can achieve monthly sales of single products in the thousands or even tens of thousands',
  },

  // Competition (stored once per pair; symmetric in meaning)
  { type: 'COMPETES_WITH', start: 'pinduoduo', end: 'alibaba', quote: 'Ali began to pay attention to this opponent', properties: { arena: 'e-commerce' } },
  { type: 'COMPETES_WITH', start: 'meituan', end: 'alibaba', quote: 'its importance was close to Meituan and JD', inferred: true, properties: { arena: 'e-commerce' } },
  { type: 'COMPETES_WITH', start: 'jd', end: 'alibaba', quote: 'its importance was close to Meituan and JD', inferred: true, properties: { arena: 'e-commerce' } },
  {
    type: 'COMPETES_WITH',
    start: 'douyin',
    end: 'alibaba',
    quote: 'This move indicates that Douyin e-commerce has officially joined the competition',
    inferred: true,
    properties: { arena: 'live-stream e-commerce' },
  },
  {
    type: 'COMPETES_WITH',
    start: 'kuaishou',
    end: 'alibaba',
    quote: 'short video platforms such as Douyin and Kuaishou have long been looking forward to this huge e-commerce arena',
    inferred: true,
    properties: { arena: 'live-stream e-commerce' },
  },
  {
    type: 'COMPETES_WITH',
    start: 'douyin',
    end: 'kuaishou',
    quote: 'Originally in the content platform camp, Douyin and Kuaishou quickly transformed',
    inferred: true,
    properties: { arena: 'short video and live-stream e-commerce' },
  },
  {
    type: 'COMPETES_WITH',
    start: 'meiliduo',
    end: 'alibaba',
    quote: 'vertical e-commerce companies such as MeiLiDuo, Vipshop, etc. have not stopped, and are subdivided in beauty, apparel, etc. The field continues to differentiate the market that originally belonged to Ali',
    inferred: true,
    properties: { arena: 'vertical e-commerce (beauty, apparel)' },
  },
  {
    type: 'COMPETES_WITH',
    start: 'vipshop',
    end: 'alibaba',
    quote: 'vertical e-commerce companies such as MeiLiDuo, Vipshop, etc. have not stopped, and are subdivided in beauty, apparel, etc. The field continues to differentiate the market that originally belonged to Ali',
    inferred: true,
    properties: { arena: 'vertical e-commerce (beauty, apparel)' },
  },
  {
    type: 'COMPETES_WITH',
    start: 'douyin',
    end: 'taobao',
    quote: 'Jingdong Taobao and other third-party product shopping links will not be able to enter the Douyin live room',
    inferred: true,
    properties: { arena: 'live-stream e-commerce' },
  },
  {
    type: 'COMPETES_WITH',
    start: 'douyin',
    end: 'jd',
    quote: 'Jingdong Taobao and other third-party product shopping links will not be able to enter the Douyin live room',
    inferred: true,
    properties: { arena: 'live-stream e-commerce' },
  },
  { type: 'COMPETES_WITH', start: 'ele-me', end: 'meituan', quote: 'Ele. Hungry was also at a disadvantage in the competition with Meituan', properties: { arena: 'food delivery' } },
  { type: 'COMPETES_WITH', start: 'youku', end: 'tencent-video', quote: 'Youku is now far behind Tencent Video and iQiyi', inferred: true, properties: { arena: 'online video' } },
  { type: 'COMPETES_WITH', start: 'youku', end: 'iqiyi', quote: 'Youku is now far behind Tencent Video and iQiyi', inferred: true, properties: { arena: 'online video' } },

  // The campaign against Pinduoduo and the festivals
  { type: 'PARTICIPATED_IN', start: 'alibaba', end: 'alibaba-pinduoduo-battle', quote: 'This large-scale sniper battle against Pinduoduo has lasted for nearly one and a half years', inferred: true, properties: { role: 'attacker' } },
  { type: 'PARTICIPATED_IN', start: 'pinduoduo', end: 'alibaba-pinduoduo-battle', quote: 'sniper battle against Pinduoduo', properties: { role: 'target' } },
  { type: 'PARTICIPATED_IN', start: 'alibaba', end: 'double-11-2018', quote: 'Before and after Double Eleven in 2018, Ali began to pay attention to this opponent', inferred: true, properties: { role: 'organiser' } },
  { type: 'INSTANCE_OF', start: 'double-11-2018', end: 'double-11', quote: 'Double Eleven in 2018' },
  { type: 'INSTANCE_OF', start: '618-2020', end: '618-festival', quote: 'At 618 this year' },
  { type: 'PART_OF', start: 'kuaishou-618-carnival-2020', end: '618-2020', quote: 'At 618 this year, Kuaishou launched the”618 Kuaishou E-commerce Carnival Month” event' },
  { type: 'PARTICIPATED_IN', start: 'kuaishou', end: 'kuaishou-618-carnival-2020', quote: 'Kuaishou launched the”618 Kuaishou E-commerce Carnival Month” event', properties: { role: 'organiser' } },
  { type: 'PARTICIPATED_IN', start: 'kuaishou', end: 'kuaishou-ecommerce-boom-2019', quote: 'In 2019, Kuaishou ushered in the e-commerce boom year' },

  // Kuaishou and JD
  {
    type: 'PARTNERS_WITH',
    start: 'kuaishou',
    end: 'jd',
    quote: 'Kuaishou users can purchase directly in Kuaishou stores.Jingdong Self-operated products, and can also enjoy a series of after-sales service',
    inferred: true,
    properties: { scope: 'JD self-operated products sold in Kuaishou stores, with JD after-sales service' },
  },
  { type: 'OWNS', start: 'kuaishou', end: 'kuaishou-store', quote: 'Kuaishou users can purchase directly in Kuaishou stores', inferred: true },
  { type: 'OWNS', start: 'jd', end: 'jd-self-operated', quote: 'Jingdong Self-operated products' },
  { type: 'SELLS', start: 'kuaishou-store', end: 'jd-self-operated', quote: 'purchase directly in Kuaishou stores.Jingdong Self-operated products' },

  // ByteDance
  { type: 'OWNS', start: 'bytedance', end: 'douyin', quote: 'the company’s Douyin, Toutiao, Watermelon video' },
  { type: 'OWNS', start: 'bytedance', end: 'toutiao', quote: 'the company’s Douyin, Toutiao, Watermelon video' },
  { type: 'OWNS', start: 'bytedance', end: 'watermelon-video', quote: 'the company’s Douyin, Toutiao, Watermelon video' },
  {
    type: 'OWNS',
    start: 'bytedance',
    end: 'bytedance-ecommerce-department',
    quote: 'ByteDance officially established a first-level business department clearly named after”e-commerce”',
  },
  {
    type: 'MANAGES',
    start: 'bytedance-ecommerce-department',
    end: 'douyin',
    quote: 'to coordinate the company’s Douyin, Toutiao, Watermelon video and other e-commerce business operations of multiple content platforms',
    properties: { scope: 'e-commerce operations' },
  },
  {
    type: 'MANAGES',
    start: 'bytedance-ecommerce-department',
    end: 'toutiao',
    quote: 'to coordinate the company’s Douyin, Toutiao, Watermelon video and other e-commerce business operations of multiple content platforms',
    properties: { scope: 'e-commerce operations' },
  },
  {
    type: 'MANAGES',
    start: 'bytedance-ecommerce-department',
    end: 'watermelon-video',
    quote: 'to coordinate the company’s Douyin, Toutiao, Watermelon video and other e-commerce business operations of multiple content platforms',
    properties: { scope: 'e-commerce operations' },
  },
  {
    type: 'PARTICIPATED_IN',
    start: 'bytedance',
    end: 'bytedance-ecommerce-department-founded',
    quote: 'In early June this year, ByteDance officially established a first-level business department',
    properties: { role: 'founder' },
  },
  { type: 'PART_OF', start: 'douyin-store', end: 'douyin', quote: 'the products of Douyin Store will not be affected', inferred: true },
  {
    type: 'PARTICIPATED_IN',
    start: 'douyin',
    end: 'douyin-third-party-link-ban',
    quote: 'will not be able to enter the Douyin live room for shopping Cars',
    properties: { role: 'initiator' },
  },
  {
    type: 'PARTICIPATED_IN',
    start: 'jd',
    end: 'douyin-third-party-link-ban',
    quote: 'from October 9th, Jingdong Taobao and other third-party product shopping links will not be able to enter the Douyin live room',
    properties: { role: 'excluded' },
  },
  {
    type: 'PARTICIPATED_IN',
    start: 'taobao',
    end: 'douyin-third-party-link-ban',
    quote: 'from October 9th, Jingdong Taobao and other third-party product shopping links will not be able to enter the Douyin live room',
    properties: { role: 'excluded' },
  },
  { type: 'PARTICIPATED_IN', start: 'douyin-store', end: 'douyin-third-party-link-ban', quote: 'but the products of Douyin Store will not be affected', properties: { role: 'exempt' } },
  { type: 'REPORTED_ON', start: '36kr', end: 'douyin-third-party-link-ban', quote: 'According to 36Kr reports, from October 9th' },

  // Alibaba's traffic sources
  {
    type: 'TRAFFIC_SOURCE_FOR',
    start: 'taobao',
    end: 'alibaba',
    quote: 'organic traffic contributed by small and medium-sized sellers of Taobao e-commerce',
    properties: { channel: 'organic' },
  },
  { type: 'TRAFFIC_SOURCE_FOR', start: 'taobao-alliance', end: 'alibaba', quote: 'three main sources of Alibaba traffic:organic traffic contributed by small and medium-sized sellers of Taobao e-commerce, Taobao Alliance', properties: { channel: 'organic' } },
  { type: 'TRAFFIC_SOURCE_FOR', start: 'alimama', end: 'alibaba', quote: 'Taobao Alliance , Ali Mama', properties: { channel: 'organic' } },
  { type: 'TRAFFIC_SOURCE_FOR', start: 'focus-media', end: 'alibaba', quote: 'the external diversion of Focus Media', properties: { channel: 'external diversion' } },
  { type: 'PARTNERS_WITH', start: 'focus-media', end: 'alibaba', quote: 'the external diversion of Focus Media', inferred: true, properties: { scope: 'external traffic diversion (offline advertising)' } },
  { type: 'TRAFFIC_SOURCE_FOR', start: 'double-11', end: 'alibaba', quote: 'the burst traffic represented by Double 11 and 618', properties: { channel: 'burst' } },
  { type: 'TRAFFIC_SOURCE_FOR', start: '618-festival', end: 'alibaba', quote: 'the burst traffic represented by Double 11 and 618', properties: { channel: 'burst' } },

  // What Alibaba owns
  { type: 'OWNS', start: 'alibaba', end: 'taobao', quote: 'sources of Alibaba traffic:organic traffic contributed by small and medium-sized sellers of Taobao e-commerce', inferred: true },
  { type: 'OWNS', start: 'alibaba', end: 'taobao-alliance', quote: 'sources of Alibaba traffic:organic traffic contributed by small and medium-sized sellers of Taobao e-commerce, Taobao Alliance', inferred: true },
  { type: 'OWNS', start: 'alibaba', end: 'alimama', quote: 'Taobao Alliance , Ali Mama', inferred: true },
  { type: 'OWNS', start: 'alibaba', end: 'youku', quote: 'The former video boss Youku is now far behind Tencent Video and iQiyi', inferred: true, properties: { via: 'acquisition ("following the flow entrance at the capital level")' } },
  { type: 'OWNS', start: 'alibaba', end: 'ele-me', quote: 'Ele. Hungry was also at a disadvantage in the competition with Meituan', inferred: true, properties: { via: 'acquisition ("following the flow entrance at the capital level")' } },
  { type: 'INVESTED_IN', start: 'alibaba', end: 'weibo', quote: 'Weibo also failed to seize the opportunity when new outlets came', inferred: true, properties: { via: 'equity stake ("following the flow entrance at the capital level")' } },
  { type: 'OWNS', start: 'alibaba', end: 'alibaba-core-commerce', quote: 'the core business revenue is 133.318 billion yuan, accounting for 86.7%of the revenue, which has contributed the main force to Ali’s revenue' },
  { type: 'OWNS', start: 'alibaba', end: 'alibaba-cloud', quote: 'Among many businesses, cloud computing has the strongest growth', inferred: true },
  { type: 'OWNS', start: 'alibaba', end: 'alibaba-content-team', quote: 'In the Ali system, the content team always cares about the conversion rate of e-commerce' },
  { type: 'OWNS', start: 'tencent', end: 'tencent-video', quote: 'Tencent Video', inferred: true },
];
