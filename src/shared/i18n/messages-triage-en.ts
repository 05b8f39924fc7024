/** English text of the guided triage form. */
export const messagesTriageEn = {
  'nav.triage': 'Triage',
  'triage.documentTitle': 'How urgent is it? · SLA Board',
  'triage.title': 'How urgent is it?',
  'triage.intro':
    'Answer a few plain questions, one at a time. At the end you get the priority to use, why, what your support plan promises, and what to do next.',
  'triage.loading': 'Loading…',
  'triage.loadError': 'The support policy could not be loaded.',
  'triage.stepLabel': 'Question {number}',
  'triage.next': 'Next',
  'triage.back': 'Back',
  'triage.pickAnswer': 'Pick an answer. “I’m not sure” is fine too.',
  'triage.startOver': 'Start over',

  'triage.q.environment.title': 'Where does the problem happen?',
  'triage.q.environment.explain':
    'Only the live service people rely on can be urgent; test and beta work follows its own rules.',
  'triage.q.environment.examples':
    'For example: the production site your customers use, a staging copy, a beta feature you are trying out.',
  'triage.q.environment.short': 'Where it happens',
  'triage.q.service-down.title':
    'Is the service down, unavailable or badly degraded, or is there critical business impact?',
  'triage.q.service-down.explain':
    'This is about the whole service or a vital part of it failing, not one slow page.',
  'triage.q.service-down.examples':
    'For example: transmissions to or from the vendor fail, whole groups of people cannot do their work, software functions are unavailable.',
  'triage.q.service-down.short': 'Service down or critical impact',
  'triage.q.workaround.title': 'Is there a way to keep working in the meantime?',
  'triage.q.workaround.explain':
    'A workaround is any other way to get the job done while the problem is being fixed.',
  'triage.q.workaround.examples':
    'For example: a backup route for transmissions, doing a step by hand, using another screen that still works.',
  'triage.q.workaround.short': 'Workaround',
  'triage.q.degraded.title':
    'Are important parts of the service hurt by slowness or software problems?',
  'triage.q.degraded.explain':
    'The service still runs, but something that matters works badly because of network performance or a software fault.',
  'triage.q.degraded.examples':
    'For example: screens take minutes to load, a report keeps failing, some messages arrive late.',
  'triage.q.degraded.short': 'Important parts degraded',
  'triage.q.feature-question.title': 'Is it a question about how a feature works?',
  'triage.q.feature-question.explain':
    'Everything runs normally; you want to understand or use one feature or a set of features.',
  'triage.q.feature-question.examples':
    'For example: why an export leaves out some columns, how two settings interact.',
  'triage.q.feature-question.short': 'Question about a feature',
  'triage.q.information.title': 'Is it a request for information, advice or documentation?',
  'triage.q.information.explain':
    'No business impact: you want to know what the service can do or how to set it up.',
  'triage.q.information.examples':
    'For example: a how-to, installation or configuration advice, where to find the documentation.',
  'triage.q.information.short': 'Information or advice',

  'triage.a.yes': 'Yes',
  'triage.a.no': 'No',
  'triage.a.unsure': 'I’m not sure',
  'triage.a.environment.production': 'Production',
  'triage.a.environment.production.hint': 'The live service that people and customers use.',
  'triage.a.environment.development-or-beta': 'Development or beta',
  'triage.a.environment.development-or-beta.hint':
    'Development work, beta software or a beta feature.',
  'triage.a.environment.other-non-production': 'Another non-production environment',
  'triage.a.environment.other-non-production.hint':
    'Test, staging, training or any other copy that is not live.',
  'triage.a.workaround.none': 'No, none',
  'triage.a.workaround.partial': 'Partly: some work can go on',
  'triage.a.workaround.full': 'Yes, work can go on another way',

  'triage.answers.title': 'Your answers',
  'triage.answers.change': 'Change',
  'triage.answers.changeLabel': 'Change your answer: {question}',

  'triage.result.heading': 'Recommended priority',
  'triage.result.priority': '{priority} · {label}',
  'triage.result.why': 'Why',
  'triage.result.definition': 'What {priority} means',
  'triage.reason.development-or-beta':
    'It concerns development, beta software or a beta feature, which is always P4.',
  'triage.reason.service-down':
    'The service is down, unavailable or badly degraded, or the business impact is critical.',
  'triage.reason.no-workaround': 'There is no way to keep working in the meantime.',
  'triage.reason.workaround-unknown':
    'You are not sure there is a workaround, so it is treated as if there were none.',
  'triage.reason.workaround-exists': 'Work can go on, at least partly, another way.',
  'triage.reason.non-production-not-p1':
    'It is not in production, so it cannot be P1: the highest it can be is P2.',
  'triage.reason.environment-unknown-not-p1':
    'You are not sure it is in production, and only production impact can be P1: P2 for now.',
  'triage.reason.degraded': 'Important parts of the service work badly.',
  'triage.reason.feature-question': 'It is a question about a feature; the service works.',
  'triage.reason.information-request':
    'It is a request for information, advice or documentation, with no business impact.',
  'triage.reason.default-priority':
    'None of the situations above applies for sure, so the policy’s default priority applies.',

  'triage.phone.title': 'Report it by phone now',
  'triage.phone.body':
    'A P1 must be reported by phone so that people start on it at once. Call {phone}, then save or copy the summary below.',
  'triage.phone.call': 'Call',
  'triage.phone.missingTitle': 'No support phone number yet',
  'triage.phone.missingBody':
    'A P1 must be reported by phone, but nobody has set the number in this app. An administrator can add it in',
  'triage.phone.settingsLink': 'Settings',
  'triage.notP1.title': 'Why this cannot be P1',
  'triage.notP1.nonProduction':
    'P1 is only for the live production service. Impact on development, beta or another non-production environment is at most P2, however serious it looks.',
  'triage.notP1.unsure':
    'If you find out that production is affected, change your first answer: without a workaround, that would be a P1.',

  'triage.expect.title': 'What to expect',
  'triage.expect.intro': 'Pick your support plan and region, or an account to fill them in.',
  'triage.expect.accountHint':
    'An account sets the plan and the region; picking another plan or region clears it, so a saved ticket always gets what is shown here.',
  'triage.expect.account': 'Account (optional)',
  'triage.expect.noAccount': 'No account',
  'triage.expect.tier': 'Support plan',
  'triage.expect.region': 'Region',
  'triage.expect.listLabel': 'Targets for {priority} on {tier}',
  'triage.expect.duration': 'within {duration}',
  'triage.expect.nextBusinessDay': 'by the end of the next business day',
  'triage.expect.cadence': '{cadence}',
  'triage.expect.asAgreed': '{cadence}, or as agreed',
  'triage.expect.none': 'no target',
  'triage.expect.noneBusinessDays': 'no target: handled on business days',
  'triage.expect.kind.sla': 'A commitment with service credits',
  'triage.expect.kind.slo': 'An objective (SLO), without credits',
  'triage.expect.kind.target': 'A business target, not a commitment',
  'triage.expect.clock.24x7': 'Counted around the clock, every day',
  'triage.expect.clock.business': 'Counted in business hours: {region}',
  'triage.expect.resources': 'Who does what',

  'triage.save.title': 'Save it as a ticket',
  'triage.save.noAccount': 'A ticket belongs to an account, and there is none yet.',
  'triage.save.createAccount': 'Create an account',
  'triage.save.account': 'Account: {name}',
  'triage.save.ticketTitle': 'Title',
  'triage.save.ticketTitleHint': 'A few words the support team will recognise.',
  'triage.save.description': 'Description (from your answers)',
  'triage.save.against':
    'You chose {chosen}, against the recommendation ({recommended}). The ticket will record both.',
  'triage.save.follows': 'This follows the recommendation ({recommended}).',
  'triage.save.submit': 'Save the ticket',
  'triage.save.submitting': 'Saving…',
  'triage.save.errorAccount': 'Choose the account the ticket is for, under “What to expect” above.',
  'triage.save.errorTitle': 'Give the ticket a title.',
  'triage.save.failed': 'The ticket was not saved:',
  'triage.save.done': 'Ticket {id} is saved.',
  'triage.save.openTicket': 'Open ticket {id}',
  'triage.save.openBoard': 'See it on the board',

  'triage.copy.title': 'Or copy a summary',
  'triage.copy.intro': 'Plain text to paste into an e-mail or a support portal.',
  'triage.copy.button': 'Copy the summary',
  'triage.copy.done': 'Summary copied. Paste it where you need it.',
  'triage.copy.refused':
    'This browser did not allow copying. Select the text below and copy it yourself.',
  'triage.copy.fallbackLabel': 'Summary to copy',

  'triage.summary.heading': 'Triage summary',
  'triage.summary.priority': 'Recommended priority: {priority} ({label})',
  'triage.summary.answers': 'Answers:',
  'triage.summary.why': 'Why:',
  'triage.summary.phone': 'P1: to be reported by phone.',
} as const;
