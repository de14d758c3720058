import type { ServiceMessages } from './en.js';

/**
 * Welsh text of the public pages (namespace `service`). Only a few labels are translated yet: the rest is
 * the English text, waiting for a Welsh translator. The type keeps it complete: a key added in en.ts must
 * be added here too.
 */
export const cy: ServiceMessages = {
  start: {
    title: 'Share notice of operations at sex-working premises',
    lead: 'Liaise is where police forces, sex work projects and modern slavery and human trafficking (MSHT) outreach projects plan operations at sex-working premises together.',
    useItTo: 'Use Liaise to:',
    uses: {
      notice: 'give partner projects notice of an operation, and what they need to know about it',
      attend: 'agree who attends, and the support, languages and safeguarding the day needs',
      followUp: 'follow up afterwards until support is in place for the people met',
      partnership: 'give feedback, and plan the partnership over the longer term',
    },
    whoHeading: 'Who Liaise is for',
    whoIntro: 'Liaise is for the people in a partnership between a police force and local projects:',
    who: {
      police: 'police officers and staff who plan operations, and police liaison officers',
      sexWorkProjects: 'outreach workers of sex work projects',
      mshtProjects: 'outreach workers of MSHT projects',
      managers: 'managers in these organisations, who see plans, feedback and how the partnership is going',
    },
    account: "You need an account. Your organisation's administrator sends you an invitation.",
    signIn: 'Mewngofnodi',
    principlesHeading: 'What Liaise is built on',
    principlesIntro:
      'In September 2018 the National Crime Agency published points to consider when undertaking operational activity at sex-working premises, from the perspective of sex workers. Each point is part of how Liaise works.',
    fromTheNote: 'The note',
    inLiaise: 'In Liaise',
    notExhaustive:
      'The note says its list is not exhaustive: police forces and law enforcement agencies should engage with local partners and projects for further guidance.',
  },
  accessibility: {
    title: 'Datganiad hygyrchedd',
    heading: 'Datganiad hygyrchedd ar gyfer Liaise',
    appliesTo:
      'This accessibility statement applies to Liaise, the service police forces, sex work projects and MSHT outreach projects use to plan operations together.',
    wantEveryone:
      'Liaise is run for each partnership by the organisation that hosts it. We want as many people as possible to be able to use it. For example, that means you should be able to:',
    able: {
      colours: 'change colours, contrast levels and fonts using browser or device settings',
      zoom: 'zoom in up to 400% without the text spilling off the screen',
      keyboard: 'navigate most of the service using just a keyboard',
      speech: 'navigate most of the service using speech recognition software',
      screenReader:
        'listen to most of the service using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)',
    },
    simpleText: 'We have also made the text in the service as simple as possible to understand.',
    abilityNet: '<a>AbilityNet</a> has advice on making your device easier to use if you have a disability.',
    howAccessibleHeading: "Pa mor hygyrch yw'r gwasanaeth hwn",
    howAccessibleDesign:
      'We designed Liaise to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. It is built from the components and patterns of the GOV.UK Design System, which are researched and tested with people who use assistive technologies.',
    howAccessibleKnown:
      'Liaise is new and has not yet been audited by accessibility specialists, so there may be problems we do not know about. We do not know of any part of it that is not accessible.',
    difficultyHeading: 'What to do if you have difficulty using this service',
    difficulty:
      "If you have difficulty using Liaise, or you need information from it in a different format like large print, easy read, audio recording or braille, ask your organisation's Liaise administrator (the person who invited you). They will make sure you get what you need, and pass your request to the team that runs the service.",
    reportingHeading: 'Reporting accessibility problems with this service',
    reporting:
      "We are always looking to improve the accessibility of this service. If you find any problems not listed on this page, or think we are not meeting accessibility requirements, tell your organisation's Liaise administrator. They will report it to the team that runs the service, who will reply to you.",
    enforcementHeading: 'Gweithdrefn orfodi',
    enforcement:
      "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the 'accessibility regulations'). If you're not happy with how we respond to your complaint, contact the <a>Equality Advisory and Support Service (EASS)</a>.",
    enforcementNorthernIreland:
      "If you are in Northern Ireland and are not happy with how we respond to your complaint, you can contact the <a>Equality Commission for Northern Ireland</a>, who are responsible for enforcing the accessibility regulations in Northern Ireland.",
    technicalHeading: "Technical information about this service's accessibility",
    technical:
      'The organisations that run Liaise are committed to making it accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.',
    complianceHeading: 'Statws cydymffurfio',
    compliance:
      'This service is partially compliant with the <a>Web Content Accessibility Guidelines version 2.2</a> AA standard: it has been designed and tested to meet it, but it has not yet been audited.',
    nonAccessibleHeading: 'Non-accessible content',
    nonAccessible:
      'We do not know of any content that fails the WCAG 2.2 AA success criteria. If you find some, please report it as described above.',
    testingHeading: 'How we tested this service',
    testingAutomated:
      'Every change to Liaise is tested automatically before it is released. Browser tests open each page in Chromium and check it with axe-core against the WCAG 2.2 level A and AA rules. They also check that each page has its own title, one main heading, a header, main content and a footer, and a skip link as the first thing a keyboard reaches.',
    testingManual:
      'Automated checks find only some accessibility problems. The service has not yet been tested by people who use assistive technologies, nor audited by accessibility specialists.',
    improvingHeading: "What we're doing to improve accessibility",
    improving:
      'We will have the service audited against WCAG 2.2 AA by accessibility specialists, and tested by people who use assistive technologies, before it leaves beta. We will fix what they find and update this statement.',
    preparationHeading: 'Preparation of this accessibility statement',
    preparation: 'This statement was prepared on {{prepared}}. It was last reviewed on {{reviewed}}.',
  },
};
