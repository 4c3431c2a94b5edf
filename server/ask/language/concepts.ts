// The words a question uses for each idea the forms understand. Cues are written as lemmas ("own by" matches
// "owned by", "belongs to" matches "belong to"); Chinese cues are written as they are read.
// A directed idea names its two roles as the graph stores them: OWNS goes agent (owner) → patient (owned).

export interface DirectedVocabulary {
  /** "A owns B": the slot before the verb is the agent. */
  active: readonly string[];
  /** "A precedes B": the slot before the verb is the patient of the stored relationship. */
  inverseActive?: readonly string[];
  /** "B is owned by A": the slot after the cue is the agent. */
  passive: readonly string[];
  /** "B was preceded by A": the slot after the cue is the patient. */
  inversePassive?: readonly string[];
  /** "the owner of B", "B's owner": the noun names the agent. */
  agentNouns: readonly string[];
  /** Words after the verb that introduce the patient: "who took over Alibaba from Jack Ma". */
  patientMarkers?: readonly string[];
  /** "A's subsidiaries": the noun names the patient. */
  patientNouns: readonly string[];
  /** Nouns that name the patient only loosely ("products", "businesses"): they count for less. */
  weakPatientNouns?: readonly string[];
}

export const OWNERSHIP: DirectedVocabulary = {
  active: ['own', 'control', 'acquire', 'buy', 'possess', 'operate', '拥有', '控制', '收购'],
  passive: ['own by', 'control by', 'acquire by', 'buy by', 'operate by', 'hold by', 'belong to', 'belong', 'part of', 'under', '属于', '隶属于', '归属'],
  agentNouns: ['owner', 'parent company', 'parent', 'holding company', 'proprietor', 'controller', 'acquirer', '母公司', '所有者', '东家'],
  patientNouns: ['subsidiary', 'holding', 'portfolio', 'affiliate', 'division', 'arm', '子公司', '旗下'],
  weakPatientNouns: ['product', 'brand', 'unit', 'business unit', 'business', 'platform', 'service', 'app', 'asset', 'property', 'department', '产品', '业务'],
};

export const LEADERSHIP: DirectedVocabulary = {
  active: ['lead', 'run', 'head', 'manage', 'chair', 'helm', 'steer', '领导', '执掌', '掌管'],
  passive: ['lead by', 'run by', 'head by', 'manage by', 'chair by', 'helm by', 'steer by'],
  agentNouns: [
    'leader', 'head', 'ceo', 'chief executive officer', 'chief executive', 'boss', 'chairman', 'chairwoman', 'chairperson', 'chair',
    'president', 'helm', 'charge', 'manager', 'helmsman', '掌门人', '掌门', '负责人', '董事长', '首席执行官', '领导人', '一把手',
  ],
  patientNouns: [],
};

export const SUCCESSION: DirectedVocabulary = {
  active: ['succeed', 'replace', 'take over from', 'take over', 'come after', 'follow', 'supersede', '接替', '接任', '接棒'],
  inverseActive: ['precede', 'come before', 'hand over to'],
  passive: ['succeed by', 'replace by', 'follow by', 'supersede by'],
  inversePassive: ['precede by'],
  patientMarkers: ['from'],
  agentNouns: ['successor', 'replacement', 'heir', '继任者', '接班人', '继任'],
  patientNouns: ['predecessor', '前任'],
};

export const TRAFFIC: DirectedVocabulary = {
  active: ['bring traffic to', 'bring traffic', 'send traffic to', 'send traffic', 'drive traffic to', 'drive traffic', 'provide traffic', 'give traffic', 'contribute traffic', 'supply traffic', 'divert traffic', 'feed traffic', '引流'],
  passive: ['get traffic from', 'traffic come from', 'receive traffic from', 'draw traffic from', 'traffic from', 'benefit from', '流量来自'],
  agentNouns: ['traffic source', 'source of traffic', 'source', 'traffic channel', 'channel', '流量来源'],
  patientNouns: ['beneficiary'],
};

/** Symmetric ideas: any cue will do, the slots are interchangeable. */
export const COMPETITION: readonly string[] = [
  'compete', 'competitor', 'competition', 'rival', 'rivalry', 'opponent', 'challenger', 'contender', 'contend', 'vie', 'fight',
  'battle', 'enemy', 'foe', 'adversary', 'up against', 'compete against', '竞争', '对手', '竞争对手', '竞品',
];

export const PARTNERSHIP: readonly string[] = [
  'partner', 'partnership', 'cooperate', 'cooperation', 'collaborate', 'collaboration', 'ally', 'alliance', 'team up', 'work with',
  'join force', 'allied', '合作', '伙伴', '合作伙伴',
];

export const CONNECTION: readonly string[] = [
  'connect', 'connection', 'relate', 'relation', 'relationship', 'link', 'path', 'between', 'tie', 'associate', 'association',
  'in common', '关系', '联系', '关联',
];

export const ABOUT: readonly string[] = [
  'know', 'about', 'tell', 'describe', 'description', 'information', 'info', 'overview', 'summary', 'summarize', 'summarise', 'fact',
  'explain', 'detail', 'profile', 'who be', 'what be', '介绍', '关于', '是谁', '是什么',
];

export const EVENTS: readonly string[] = [
  'event', 'happen', 'timeline', 'history', 'participate', 'take part', 'involve', 'occasion', 'milestone', 'campaign', 'date', '事件', '活动',
];

/** "when" hints at events, but only weakly: "when did X succeed Y" is about succession. */
export const EVENTS_WEAK: readonly string[] = ['when'];

export const FIGURES: readonly string[] = [
  'figure', 'revenue', 'growth', 'grow', 'buyer', 'target', 'goal', 'metric', 'statistic', 'stat', 'sale', 'gmv', 'earn', 'earnings',
  'income', 'how much', 'how many', 'report', 'financial', 'financials', 'number', 'percent', 'percentage', 'share', 'profit',
  'user', 'customer', 'result', 'kpi', '營收', '营收', '收入', '数据', '增长', '目标',
];

/** "the ultimate owner", "who owns X at the top of the chain". */
export const ULTIMATE: readonly string[] = ['ultimate', 'ultimately', 'top', 'topmost', 'final', 'finally', 'chain', 'eventually', 'highest', 'root', 'in the end', 'all the way', '最终', '实际控制'];

/** Words that put leadership in the past: "the former CEO", "who used to run". */
export const PAST: readonly string[] = ['former', 'formerly', 'previous', 'previously', 'ex', 'past', 'earlier', 'used to', 'once', 'original', 'old', '前', '曾经', '以前'];

/** Past-tense verb forms that make "who led X" a question about former leaders. */
export const PAST_FORMS: ReadonlySet<string> = new Set(['led', 'ran', 'headed', 'managed', 'chaired', 'helmed', 'steered', 'was', 'were', 'did']);

/** Figures are filtered by what the question names: "Alibaba's revenue" shows revenue, not buyers. */
export const METRIC_HINTS: Readonly<Record<string, readonly string[]>> = {
  revenue: ['revenue', 'income', 'earn', 'earnings', 'sale', 'turnover', '营收', '營收', '收入'],
  growth: ['growth', 'grow', 'increase', 'change', 'rise', '增长'],
  buyers: ['buyer', 'user', 'customer', 'shopper'],
  target: ['target', 'goal', 'aim', 'plan', 'ambition', '目标'],
  gmv: ['gmv', 'merchandise'],
  share: ['share', 'percent', 'percentage', 'proportion'],
};

export const ALL_CUE_LISTS: readonly (readonly string[])[] = [
  ['traffic'],
  ...[OWNERSHIP, LEADERSHIP, SUCCESSION, TRAFFIC].flatMap((v) => [v.active, v.inverseActive ?? [], v.passive, v.inversePassive ?? [], v.agentNouns, v.patientNouns, v.weakPatientNouns ?? []]),
  COMPETITION, PARTNERSHIP, CONNECTION, ABOUT, EVENTS, EVENTS_WEAK, FIGURES, ULTIMATE, PAST, ...Object.values(METRIC_HINTS),
];
