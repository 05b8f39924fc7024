import { messagesDataEn } from './messages-data-en';
import { messagesSettingsEn } from './messages-settings-en';
import { messagesStorageEn } from './messages-storage-en';
import { messagesAccountsEn } from './messages-accounts-en';
import { messagesTicketsEn } from './messages-tickets-en';
import { messagesBoardEn } from './messages-board-en';
import { messagesWallboardEn } from './messages-wallboard-en';
import { messagesPanelEn } from './messages-panel-en';
import { messagesTriageEn } from './messages-triage-en';

/**
 * English UI text: the reference catalogue. Every other catalogue must have exactly these keys.
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 */
export const messagesEn = {
  ...messagesDataEn,
  ...messagesSettingsEn,
  ...messagesStorageEn,
  ...messagesTicketsEn,
  ...messagesBoardEn,
  ...messagesWallboardEn,
  ...messagesPanelEn,
  ...messagesTriageEn,
  ...messagesAccountsEn,
  'app.name': 'SLA Board',
  'app.skipToContent': 'Skip to main content',
  'route.loading': 'Loading…',
  'routeError.documentTitle': 'Something went wrong · SLA Board',
  'routeError.title': 'This screen could not be shown',
  'routeError.body':
    'Something went wrong while drawing this screen. Your tickets, accounts and settings are untouched: they stay stored in this browser.',
  'routeError.retry': 'Try again',
  'routeError.board': 'Go to the breach board',
  'routeError.details': 'Technical details',
  'routeError.chunk.title': 'This screen needs a reload',
  'routeError.chunk.body':
    'Part of the app could not be downloaded, most likely because a newer version was published after this page was opened. Reload the page to get it; nothing stored in this browser is lost.',
  'routeError.reload': 'Reload the page',
  /** Between a label and what follows it: French puts a no-break space before the colon. */
  'punctuation.colon': ': ',
  'nav.label': 'Main',
  'nav.policy': 'Policy',
  'settings.label': 'Display settings',
  'settings.language': 'Language',
  'settings.theme': 'Theme',
  'language.en': 'English',
  'language.fr': 'Français',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'notFound.documentTitle': 'Page not found · SLA Board',
  'notFound.title': 'Page not found',
  'notFound.body': 'Nothing lives at this address. The link may be old or mistyped.',
  'notFound.back': 'Open the support policy',

  'policy.documentTitle': 'Support policy · SLA Board',
  'policy.title': 'Support policy',
  'policy.intro':
    'What each support plan promises, how fast, and on which clock. Everything below is read from the active policy.',
  'policy.activePolicy': 'Active policy: {name}',
  'policy.loading': 'Loading the policy…',
  'policy.error': 'The policy could not be loaded.',
  'policy.toc': 'On this page',

  'tiers.title': 'Support plans',
  'tiers.intro': 'Plans differ in how firmly they promise, not only in how fast.',
  'tier.standard': 'Standard',
  'tier.premier': 'Premier',
  'tier.premier-assurance': 'Premier Assurance',
  'tier.premier-plus': 'Premier+',
  'tier.premier-elite': 'Premier Elite',
  'promise.target.name': 'Business targets',
  'promise.target.short': 'Target',
  'promise.slo.short': 'SLO',
  'promise.sla.short': 'SLA',
  'promise.target.description':
    'Business objectives the team works toward. No individual ticket is guaranteed a time.',
  'promise.slo.name': 'Service level objective (SLO)',
  'promise.slo.description':
    'A stated objective for every ticket, measured and reported, with no service credits attached.',
  'promise.sla.name': 'Service level agreement (SLA)',
  'promise.sla.description': 'A contractual commitment, backed by service credits.',
  'promise.sla.committed': 'Committed with credits: {metrics}. Every other target is an objective.',
  'promise.allObjectives': 'Every target is an objective.',

  'targets.title': 'Targets by priority',
  'targets.intro':
    'Plans that share the same times are grouped in one row. Durations on the 24×7 clock run day and night, weekends included.',
  'targets.planHeader': 'Plan',
  'targets.caption': '{metric}: target for each plan and priority',
  'targets.tableLabel': '{metric} table',
  'metric.first-response.name': 'First response',
  'metric.first-response.inSentence': 'first response',
  'metric.first-response.description':
    'Starts when the ticket is opened. Met by the first reply the customer can see.',
  'metric.restoration.name': 'Restoration',
  'metric.restoration.inSentence': 'restoration',
  'metric.restoration.description':
    'Starts when the ticket is opened. Met once the service works again, through a workaround or a fix, or when the ticket is resolved, whichever comes first.',
  'metric.update.name': 'Update cadence',
  'metric.update.inSentence': 'update cadence',
  'metric.update.description':
    'How often the customer must hear from support until the ticket is resolved. Each visible update, the first response included, starts the count again.',
  'metric.committedOn':
    'Commitment with service credits on {tiers}; an objective on the other plans.',
  'metric.objectiveEverywhere': 'An objective on every plan.',
  'metric.pausedWhile': 'Stops while {statuses}.',
  'metric.neverPaused': 'Never stops.',
  'target.none.first-response': 'No first-response target',
  'target.none.restoration': 'No restoration target',
  'target.none.update': 'No update target',
  'target.businessDaysOnly': 'Handled on business days',
  'target.nextBusinessDay': 'Next business day',
  'target.nextBusinessDay.detail':
    'By closing time on the first business day after the day the ticket is opened',
  'target.asAgreed': '{cadence}, or as agreed',
  'target.asAgreed.detail': 'An account may have its own agreed cadence',
  'cadence.hourly': 'Every hour',
  'cadence.everyHours': 'Every {duration}',
  'cadence.daily': 'Daily',
  'cadence.weekly.one': 'Once a week',
  'cadence.weekly.two': 'Twice a week',
  'cadence.weekly.other': '{count} times a week',
  'cadence.every': 'Once every {duration}',
  'cadence.gap': 'At most {duration} apart',
  'clock.24x7': '24×7 clock',
  'clock.business': 'Business hours of the region',
  'clock.snap': 'A due time outside open hours moves to the next opening',

  'rules.title': 'How the clocks behave',
  'rules.pausing.title': 'Pausing',
  'rules.pausing.paused':
    '{metric}: stops while {statuses}, then carries on from where it stopped.',
  'rules.pausing.never': '{metric}: never stops.',
  'status.open': 'the ticket is open',
  'status.waiting-on-customer': 'the ticket is waiting on the customer',
  'rules.atRisk.title': 'At risk',
  'rules.atRisk.body':
    'A running target is flagged “at risk” once {ratio} or less of its time remains.',
  'rules.priorityChange.title': 'Priority changes',
  'rules.priorityChange.from-change':
    'A new priority applies from the moment of the change: every running target restarts then, with the new priority’s time.',
  'rules.priorityChange.from-start':
    'A new priority applies as if it had been set when the ticket was opened: its times count from the ticket’s start.',
  'rules.priorityChange.common':
    'A metric with no target at the new priority stops being tracked. Paused time stays excluded, and a breach that happened before the change stays on record, counted once.',
  'rules.defaultPriority.title': 'Default priority',
  'rules.defaultPriority.body': 'A new ticket is {priority} unless someone picks another priority.',
  'rules.credits.title': 'Service credits',
  'rules.credits.body':
    'Only a missed {metrics} on {tiers} makes a ticket eligible for a service credit. The board counts these breaches; it does not compute amounts.',
  'rules.credits.none': 'No plan in this policy carries service credits.',

  'priorities.title': 'Priority definitions',
  'priorities.intro':
    'Pick the priority from the impact on the customer, not from how loud the request is.',
  'priorities.definition': 'When to use it',
  'priorities.examples': 'Examples',
  'priorities.resources': 'Effort',
  'priorities.default': 'Default',
  'priorities.heading': '{priority} · {label}',
  'priority.P1.label': 'Urgent',
  'priority.P2.label': 'High',
  'priority.P3.label': 'Medium',
  'priority.P4.label': 'Low',
  'priority.P1.definition':
    'The service is down, completely unavailable or badly degraded, or a network, software or communication failure with the vendor has a critical business impact, and there is no workaround.',
  'priority.P1.examples':
    'The vendor’s transmission services fail; whole groups of people cannot carry out a task; software features are unavailable.',
  'priority.P1.phone': 'Always report a P1 by phone.',
  'priority.P1.exclusion':
    'Never P1: a problem that only affects development, beta or non-production use.',
  'priority.P1.resources':
    'The vendor and the customer both commit people around the clock until it is solved.',
  'priority.P2.definition':
    'Important parts of the service suffer from poor network performance or other software problems. A workaround is partial or missing.',
  'priority.P2.resources':
    'Staffed during regional business hours, and beyond them when reasonably needed.',
  'priority.P3.definition':
    'A general question about one feature or a set of features. The service keeps working normally.',
  'priority.P3.resources':
    'Reasonable effort during regional business hours toward a fix or a workaround.',
  'priority.P4.definition':
    'A request for information or guidance: what the service can do, specific installation or configuration advice, product documentation. Covers development work, beta software and beta features. No business impact.',
  'priority.P4.resources': 'Handled during regional business hours.',

  'region.amer': 'Americas',
  'region.emea': 'Europe, Middle East, Africa',
  'region.apac': 'Asia-Pacific',
  'calendars.title': 'Region calendars',
  'calendars.intro':
    'Business-hours targets count only the open hours of the ticket’s region, in that region’s time zone.',
  'calendars.timeZone': 'Time zone',
  'calendars.openHours': 'Open hours',
  'calendars.holidays': 'Holidays',
  'calendars.noHolidays': 'None',
  'calendars.closed': 'Closed',
  'calendars.dayRange': '{from}–{to}',
  'calendars.hoursRange': '{start}–{end}',
  'calendars.empty': 'This policy has no region calendars.',
} as const;

export type MessageKey = keyof typeof messagesEn;
export type Messages = Record<MessageKey, string>;
