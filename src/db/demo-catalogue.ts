/**
 * The words of the demo data: invented companies, people, ticket titles and messages (English).
 * Any resemblance to real companies is accidental.
 */
import type { Priority } from '../sla';

export const DEMO_COMPANIES: readonly string[] = [
  'Alder & Finch Logistics',
  'Brightwater Health',
  'Cobalt Freight',
  'Driftwood Media',
  'Evergreen Credit Union',
  'Fjord Analytics',
  'Granite Mutual Insurance',
  'Harbor Point Hotels',
  'Ironbridge Manufacturing',
  'Juniper Retail Group',
  'Kestrel Aviation Services',
  'Lumen Pharmacy',
  'Meridian Energy',
  'Nimbus Travel',
  'Orchard Foods',
  'Pioneer Telecom',
  'Quarry Lane Architects',
  'Redwood University',
  'Saffron Hospitality',
  'Tidewater Shipping',
  'Umbra Security',
  'Vantage Legal',
  'Willow Care Homes',
  'Xylo Games',
  'Yarrow Biotech',
  'Zephyr Airlines',
  'Atelier Moreau',
  'Banque Lumière',
  'Café Horizon',
  'Sakura Precision',
  'Tasman Water',
  'Lotus Fintech',
  'Maple Leaf Transit',
  'Andes Mining',
  'Baobab Mobile',
  'Nordlicht Energie',
];

export const DEMO_AGENTS: readonly string[] = [
  'Amélie Laurent',
  'Priya Raman',
  'Diego Álvarez',
  'Kenji Watanabe',
  'Sofia Rossi',
  'Tom Becker',
  'Ngozi Okafor',
  'Liam O’Connor',
];

const FIRST_NAMES = ['Alex', 'Camille', 'Jordan', 'Mei', 'Omar', 'Hannah', 'Lucas', 'Aisha'];
const LAST_NAMES = ['Martin', 'Chen', 'Schmidt', 'Dubois', 'Kowalski', 'Silva', 'Haddad'];

export const DEMO_CONTACTS: readonly string[] = FIRST_NAMES.flatMap((first) =>
  LAST_NAMES.map((last) => `${first} ${last}`),
);

/** Offices per region id; other regions (custom policies) use the fallback. */
export const DEMO_SITES: Readonly<Record<string, readonly string[]>> = {
  amer: ['Austin', 'Toronto', 'São Paulo', 'Denver'],
  emea: ['Lyon', 'Berlin', 'Madrid', 'Nairobi'],
  apac: ['Singapore', 'Sydney', 'Osaka', 'Bangalore'],
};
export const DEMO_FALLBACK_SITES: readonly string[] = ['head office', 'main site', 'data centre'];

interface Subject {
  title: string;
  detail: string;
}

/** Ticket subjects per priority, as customers write them. `{site}` is an office. */
export const DEMO_SUBJECTS: Readonly<Record<Priority, readonly Subject[]>> = {
  P1: [
    {
      title: 'Production API returning 503 for all requests',
      detail: 'Every call to the production API has failed with 503 since the morning.',
    },
    {
      title: 'SIP trunks down: no inbound calls at {site}',
      detail: 'The {site} contact centre cannot receive any calls; outbound calls fail too.',
    },
    {
      title: 'All users locked out after SSO certificate rotation',
      detail: 'Nobody can sign in since the identity provider rotated its signing certificate.',
    },
    {
      title: 'Replication stopped between primary and DR sites',
      detail: 'The replication lag keeps growing and the disaster-recovery copy is now stale.',
    },
    {
      title: 'Customer portal completely unavailable',
      detail: 'The portal shows a blank page for every customer in every browser we tried.',
    },
    {
      title: 'Payment webhooks failing with TLS handshake errors',
      detail: 'No payment confirmation has reached our systems since the last certificate change.',
    },
  ],
  P2: [
    {
      title: 'Intermittent timeouts on report exports',
      detail: 'About one export in five times out after 60 seconds; retrying sometimes works.',
    },
    {
      title: 'Call quality degraded for the {site} office',
      detail: 'Calls from {site} have choppy audio and frequent one-way silence.',
    },
    {
      title: 'Dashboards take over 30 seconds to load',
      detail: 'Dashboards that loaded in two seconds last week now take half a minute.',
    },
    {
      title: 'Some webhooks are delivered twice',
      detail: 'A share of order events arrives twice, which creates duplicate shipments.',
    },
    {
      title: 'Batch import fails for files over 50 MB',
      detail: 'Large nightly imports stop halfway with an "upload interrupted" error.',
    },
    {
      title: 'Email notifications delayed by up to two hours',
      detail: 'Alert emails reach the on-call team long after the event that triggered them.',
    },
  ],
  P3: [
    {
      title: 'How do nested groups map to roles with SSO?',
      detail: 'We would like to grant roles from nested directory groups and need guidance.',
    },
    {
      title: 'Clarification on API rate limits per tenant',
      detail: 'The documentation gives a global limit; we need to know how it applies per tenant.',
    },
    {
      title: 'Audit log export leaves out filter settings',
      detail: 'The exported audit log does not say which filters were applied. Is that expected?',
    },
    {
      title: 'Retention settings for call recordings at {site}',
      detail: 'Our {site} legal team asks how long recordings are kept and where.',
    },
    {
      title: "Scheduling reports in the customer's time zone",
      detail: 'Scheduled reports arrive at UTC times; can they follow each recipient’s zone?',
    },
    {
      title: 'Behaviour of the retry policy for failed webhooks',
      detail: 'How many times, and how far apart, are failed webhook deliveries retried?',
    },
  ],
  P4: [
    {
      title: 'Installation guide for the on-premises connector',
      detail: 'We are planning the connector rollout and need the installation steps.',
    },
    {
      title: 'Documentation for the beta analytics API',
      detail: 'Our developers are trying the beta analytics API and cannot find its reference.',
    },
    {
      title: 'Recommended configuration for a staging environment',
      detail: 'What settings do you recommend for a staging copy of our production setup?',
    },
    {
      title: 'Where to find the latest release notes',
      detail: 'Could you point us to the release notes of the last two versions?',
    },
    {
      title: 'Sandbox access for our development team',
      detail: 'Our new development team in {site} needs sandbox accounts.',
    },
    {
      title: 'Best practices for naming custom fields',
      detail: 'We are about to create many custom fields and would like naming advice.',
    },
  ],
};

export const DEMO_IMPACT: Readonly<Record<Priority, readonly string[]>> = {
  P1: [
    'No workaround: the service is down for everyone.',
    'Orders cannot be taken at all until this is fixed.',
  ],
  P2: [
    'A partial workaround exists but slows the team down a lot.',
    'Production is affected for part of our users.',
  ],
  P3: ['Operations are not affected.', 'No urgency, but we need an answer for a project.'],
  P4: ['No business impact.', 'This is for planning only.'],
};

export const DEMO_FIRST_REPLIES: readonly string[] = [
  'Thanks for the report. We are looking into it now and will update you shortly.',
  'We have reproduced the problem and engineering is investigating.',
  'Thank you. Could you send the request IDs of a few failing calls?',
  'Acknowledged: an engineer is assigned and reviewing the logs.',
];

export const DEMO_UPDATES: readonly string[] = [
  'Update: we have narrowed the problem to one cluster and are draining traffic from it.',
  'Update: a fix is being tested in staging; next update within the agreed cadence.',
  'Update: no change yet; engineering is still collecting traces.',
  'Update: the vendor of the affected component has confirmed the bug.',
  'Here is the information you asked for; see the linked article for the details.',
];

export const DEMO_NOTES: readonly string[] = [
  'Errors started right after the 14:00 deployment.',
  'Same symptom as last month’s incident; checking whether the fix regressed.',
  'Escalated to the platform team.',
  'Customer is on the previous connector version.',
];

export const DEMO_WAIT_MESSAGES: readonly string[] = [
  'Waiting for the customer’s HAR file.',
  'Asked the customer to confirm the fix in their environment.',
  'Waiting for a maintenance window on the customer’s side.',
];

export const DEMO_RESTORED_MESSAGES: readonly string[] = [
  'Traffic failed over to the secondary cluster: service restored.',
  'Workaround applied: the affected feature is usable again.',
];

export const DEMO_RESOLVED_MESSAGES: readonly string[] = [
  'Root cause fixed in the latest release; closing.',
  'Question answered; closing as agreed with the customer.',
  'Customer confirmed everything works again.',
];

export const DEMO_RAISE_REASONS: readonly string[] = [
  'Customer confirmed production impact on all sites.',
  'The problem has spread to more users.',
];

export const DEMO_LOWER_REASONS: readonly string[] = [
  'Workaround in place: impact reduced.',
  'Only the staging environment is affected.',
];

export const DEMO_TRIAGE_SUMMARIES: Readonly<Record<Priority, string>> = {
  P1: 'Production service down, no workaround.',
  P2: 'Important features degraded in production, partial workaround.',
  P3: 'Question about a feature; performance not affected.',
  P4: 'Information or configuration advice; no business impact.',
};
