import type nb from '../nb/about';
import type { Messages } from '../../types';

export default {
	title: 'About Trekkhjelp',
	intro:
		'Trekkhjelp shows people who receive money from NAV what tax is withheld from each payment, and why. It is made for recipients and for caseworkers who need to explain a withholding.',
	methodTitle: 'How we calculate',
	method:
		'Table withholding is calculated with the same procedure the Norwegian Tax Administration uses to produce the withholding tables, and gives the same amount to the krone. The withholding on each payment follows NAV’s rules for withholding periods, recalculating the whole month, and June and December. Where the public rules are incomplete, we rely on an interpretation and say so in the result.',
	monthsTitle: 'June and December for each benefit',
	months:
		'Table withholding works out the year’s tax as if it were withheld over 10.5 months. What that means in June and December depends on the benefit. Disability benefit, for example, has nothing withheld in June and half withholding in December. Retirement pension has ordinary withholding in June and nothing withheld in December: withholding in 11 months. The table below shows each benefit. This applies to table cards; with a percentage card the same is withheld every month.',
	monthsNote: {
		twelveMonth:
			'Tables withheld over 12 months (7350, 7500, 7700, 6350, 6500, 6700, 0100, 0101, 7150, 7160): ordinary withholding in June and December for every benefit. The Tax Directorate: no relief in the holiday season or before Christmas.',
		sykepenger:
			'Sickness benefit: half withholding in December only for December’s sickness benefit paid in December.',
		gjenlevende:
			'Benefits for a surviving spouse: June is free of withholding when you also get disability benefit.',
		barnepensjon:
			'Children’s pension: from 2025 NAV withholds a fixed {{ratePct}} of every payment, whatever the tax card, June and December too. We do not estimate its year-end settlement.',
		omstillingsstonad:
			'Adjustment allowance: June free of withholding (NAV). Half in December is our interpretation, as for other benefits taxed as wages.',
		meldeperioder:
			'Work assessment allowance (AAP) and unemployment benefit (dagpenger): the first reporting periods paid in the month have nothing withheld, two in June (AAP only) and one in December. NAV’s lists for 2023 and 2024 give weeks 47–48 (odd weeks) or 48–49 (even weeks) in December. For 2025–2027 no list is published: we assume payment two banking days after the reporting period, which gives the same weeks, and show the weeks on the payment.',
		supplerende:
			'Supplementary benefit in December: no withholding. The Tax Payment Act § 5-7 first paragraph (b) names it among the incomes withheld over 11 months, and NAV’s overview says the same. One NAV page from 2023 says half; we follow the law and name that page in the result.'
	},
	interpretationsTitle: 'Interpretations',
	interpretations:
		'Where the public rules do not say enough, we chose the most likely reading. A result that rests on one of these is marked “Interpretation” and called an estimate.',
	yearsTitle: 'Years covered',
	years:
		'Table withholding: income years {{tableYears}}. Annual tax and back payments: income years {{annualYears}}.',
	proposalYear:
		'{{year}} is a proposal, not adopted rules: its figures rest on {{document}}, presented {{date}}. Everything we calculate for {{year}} is an estimate and marked as such, until the Storting has adopted the budget and Skatteetaten has published the withholding tables.',
	sourcesTitle: 'Sources',
	sources: {
		skatteetaten: 'The Norwegian Tax Administration: the withholding routine and tables',
		nav: 'NAV: Tax deductions on payments from NAV',
		rates: 'The Storting’s tax resolutions and the government’s rate overviews for {{annualYears}}',
		abc: 'Skatte-ABC: disability benefit, back payments (E-7) and the tax limit rule (S-12)'
	},
	privacyTitle: 'Privacy',
	privacy:
		'Everything you type stays on your device. Nothing is sent to any server, and we use no cookies, no tracking and no analytics. A link you share keeps your details after the # sign, which browsers never send to the server.',
	a11yTitle: 'Accessibility statement',
	a11y: {
		status:
			'Trekkhjelp aims to meet WCAG 2.1 at levels A and AA, which Norwegian websites must follow under the regulation on universal design of ICT. We believe every page meets them, except for what is listed under “Known gaps”. Last reviewed 7 December 2026.',
		testedTitle: 'How we test',
		tested: {
			axe: 'Every page, in Bokmål, Nynorsk and English, is tested automatically with axe on every change, on a phone (down to 320 pixels wide) and on a large screen, with results and error messages showing too.',
			layout:
				'The same tests check that nothing has to be scrolled sideways on a narrow phone and that no text is missing.',
			keyboard:
				'We go through the forms by hand with the keyboard alone: everything can be reached and used, the focus is visible, and an error takes you to the summary and on to the field.'
		},
		gapsTitle: 'Known gaps',
		gaps: {
			users:
				'The pages have not been tested by people who use a screen reader or other assistive technology. Automated tests find only some of the problems.',
			chart: 'The chart of the months is a picture; the same figures are in the table under it.',
			print:
				'A printout, or a PDF saved from the browser, is not an accessible PDF document with structure.',
			embed:
				'Embedded in another website, the rest of that page is the host’s responsibility, the frame’s title included.'
		},
		reportTitle: 'Report a problem',
		report:
			'If you cannot use a page, or find something we have missed, we want to know. Tell whoever runs the website where you use Trekkhjelp, or use the project’s issue list where its source code is published. Say which page and language, which browser and assistive technology you used, and what happened. If a public body uses Trekkhjelp on its pages and you get no answer, you can complain to the Norwegian Digitalisation Agency’s Authority for Universal Design of ICT (Uutilsynet).'
	},
	disclaimerTitle: 'Responsibility',
	disclaimer:
		'Trekkhjelp is not made by NAV or the Norwegian Tax Administration. Your tax card and NAV’s payments are what count, and the tax settlement decides your final tax.'
} satisfies Messages<typeof nb>;
