"""--help texts, found by command and parameter name (see cli/helptext.py): `help.CMD`,
`help.CMD.PARAM`, and `help.option.PARAM` for an option many commands share."""

from __future__ import annotations

SV = {
    # click's own words
    "help.usage": "Användning:",
    "help.usage.options": "[VAL]",
    "help.usage.command": "KOMMANDO [ARGUMENT]...",
    "help.options": "Val",
    "help.arguments": "Argument",
    "help.commands": "Kommandon",
    "help.default": "standard: {default}",
    "help.required": "krävs",
    "help.env_var": "miljövariabel: {var}",
    "help.help": "Visa den här hjälpen och avsluta.",
    # options shared by the commands
    "help.option.lang": "Språk för meddelanden: sv eller en (även RUSTOOL_LANG).",
    "help.option.today": "Dagens datum, ÅÅÅÅ-MM-DD (standard: systemets datum).",
    "help.rustool": "rustool – strategi som kod för regional utveckling: starta, kontrollera, "
    "foga samman, se täckningen och rapportera RUS, årshjul och aktivitetsplaner i YAML.",
    "help.rustool.lang": "Språk: sv (standard) eller en; även RUSTOOL_LANG.",
    "help.rustool.version": "Visa versionen.",
    "help.init": "Starta en arbetsyta: strategi, årshjul, en aktivitetsplan, inställningar och CI.",
    "help.init.folder": "Mappen att skapa arbetsytan i; standard: aktuell mapp.",
    "help.init.region": "Länet: namn eller länskod, t.ex. Dalarna eller 20.",
    "help.validate": "Kontrollera arbetsytan: YAML, schema, hänvisningar, datum och "
    "fullständighet.",
    "help.validate.paths": "Arbetsytor (mappar) eller filer i dem; standard: aktuell mapp.",
    "help.validate.output_format": "Utdata: text, json, github eller gitlab.",
    "help.validate.strict": "Varningar ger också slutkod 1.",
    "help.validate.verbose": "Visa också filer som hoppas över.",
    "help.validate.no_cache": "Kontrollera allt på nytt, utan att använda sparade resultat "
    "från tidigare körningar (de används bara när ingen fil har ändrats).",
    "help.merge": "Foga samman enheternas aktivitetsplaner till en plan, utan att något går "
    "förlorat.",
    "help.merge.paths": "Arbetsytor (mappar) eller filer i dem; standard: aktuell mapp.",
    "help.merge.output": "Filen att skriva; - eller utelämnat: standard ut.",
    "help.merge.unit": "Den sammanfogade planens enhet (standard: Sammanfogad aktivitetsplan).",
    "help.merge.year": "Ta bara med planerna för detta år.",
    "help.merge.categories": "Ta bara med aktiviteter i denna kategori (kan upprepas).",
    "help.merge.goals": "Ta bara med aktiviteter som bidrar till detta område, mål eller denna "
    "prioritering, eller något under det (kan upprepas).",
    "help.merge.check": "Skriv inget; slutkod 1 om filen i -o inte är vad merge skulle skriva nu.",
    "help.coverage": "Visa vad planerna täcker: aktiviteter per kategori, del av strategin, "
    "roll, enhet och månad i årshjulet, och var luckorna finns.",
    "help.coverage.path": "Arbetsytan (en mapp); standard: aktuell mapp.",
    "help.coverage.output_format": "Utdata: table (standard), json, csv eller md.",
    "help.coverage.output": "Skriv till en fil (atomärt) i stället för standard ut.",
    "help.coverage.year": "Bara planerna för detta år.",
    "help.coverage.units": "Bara denna enhet; kan anges flera gånger.",
    "help.coverage.statuses": "Bara aktiviteter med denna status; kan anges flera gånger eller "
    "med komma (planerad,pågår). aktiva = planerad, pågår, försenad.",
    "help.coverage.fail_under": "Slutkod 1 om täckningen inte når tröskeln NYCKEL=VÄRDE; kan "
    "anges flera gånger. mål, prioritering, område, kategori, roll=N: var och en har minst N "
    "aktiviteter (mål=1); med % andelen av dem som har någon (mål=80%). kopplade, ansvarig, "
    "indikatorer, uppföljning=P: andel i procent (kopplade=90).",
    "help.coverage.bom": "CSV: börja med en UTF-8-BOM så att Excel läser å, ä och ö rätt.",
    "help.coverage.delimiter": "CSV: avgränsare, , eller ; eller tab (Excel på svenska vill ha ;).",
    "help.report": "Skriv lägesrapporten till nämnden: sammanfattning, mål, indikatorer, "
    "förseningar, täckning, årshjul och enheternas planer.",
    "help.report.path": "Arbetsytan (en mapp); standard: aktuell mapp.",
    "help.report.output": "Filen att skriva (standard: Markdown på standard ut).",
    "help.report.output_format": "md, html, pdf eller docx (json: mallarnas data); standard: "
    "av filändelsen.",
    "help.report.template": "En mapp med egna mallar (report.md.j2, report.html.j2, "
    "report.css …); det som saknas tas från de inbyggda.",
    "help.report.title": "Rapportens rubrik (standard: strategins namn).",
    "help.report.window": "Dagar framåt för aktiviteter som snart ska vara klara.",
    "help.export": "Exportera aktivitetsplaner till en arbetsbok i enheternas mall (eller CSV).",
    "help.export.paths": "Arbetsytor (mappar) eller filer i dem; standard: aktuell mapp.",
    "help.export.output": "Filen att skriva: .xlsx eller .csv.",
    "help.export.period": "Skriv uppföljningsblanketten för perioden, t.ex. 2026-T2.",
    "help.export.delimiter": "CSV: fältavgränsare.",
    "help.export.no_bom": "CSV: utan byte-order mark.",
    "help.import": "Läs in en arbetsbok eller CSV-fil: bara ändrade värden skrivs, kommentarer "
    "behålls.",
    "help.import.source": "Arbetsboken (.xlsx) eller CSV-filen att läsa in.",
    "help.import.into": "Planen (YAML) eller arbetsytan att uppdatera; standard: aktuell mapp.",
    "help.import.check": "Skriv inget; slutkod 1 om arbetsboken skiljer sig.",
    "help.import.diff": "Skriv inget; visa ändringarna i YAML som en diff.",
    "help.import.allow_delete": "Ta bort aktiviteter vars rader har raderats.",
    "help.import.force": "Läs in även om planen har ändrats sedan exporten.",
    "help.calendar": "Skriv årshjulet som kalender (iCalendar, för Outlook, Google och Apple) "
    "eller som affisch i A3 med händelsernas namn.",
    "help.calendar.path": "Arbetsytan (en mapp); standard: aktuell mapp.",
    "help.calendar.output": "Filen att skriva (.ics, .svg eller .html); standard: standard ut.",
    "help.calendar.output_format": "ics (kalender), svg eller html (affisch i A3); standard: "
    "av filändelsen.",
    "help.calendar.year": "Året (standard: i år).",
    "help.calendar.mandate": "Hela mandatperioden som året ligger i (fyra år).",
    "help.calendar.groups": "Bara händelser för denna målgrupp; kan anges flera gånger.",
    "help.calendar.audience": "Bara årshjul med publik: extern eller intern.",
    "help.rules": "Lista reglerna med kod, namn och allvarlighet.",
    "help.rules.output_format": "text (en rad per regel) eller md (dokumentationen).",
    "help.schema": "Skriv JSON-scheman för editorer: strategi, årshjul, aktivitetsplan och "
    "de andra filslagen, och rustool.yaml.",
    "help.schema.output": "Mapp att skriva schemana till.",
    "help.completion": "Skriv skriptet för tabbkomplettering i bash, zsh eller fish.",
    "help.completion.shell": "bash, zsh eller fish.",
    "completion.unknown_shell": "Okänt skal `{value}`; välj ett av {shells}.",
}

EN = {
    "help.usage": "Usage:",
    "help.usage.options": "[OPTIONS]",
    "help.usage.command": "COMMAND [ARGS]...",
    "help.options": "Options",
    "help.arguments": "Arguments",
    "help.commands": "Commands",
    "help.default": "default: {default}",
    "help.required": "required",
    "help.env_var": "env var: {var}",
    "help.help": "Show this help and exit.",
    "help.option.lang": "Language of messages: sv or en (also RUSTOOL_LANG).",
    "help.option.today": "Today's date, YYYY-MM-DD (default: the system's date).",
    "help.rustool": "rustool – strategy as code for regional development: start, check, "
    "merge, cover and report RUS strategies, årshjul and activity plans kept as YAML.",
    "help.rustool.lang": "Language: sv (default) or en; also RUSTOOL_LANG.",
    "help.rustool.version": "Show the version.",
    "help.init": "Start a workspace: strategy, årshjul, one activity plan, settings and CI.",
    "help.init.folder": "The folder to create the workspace in; default: the current folder.",
    "help.init.region": "The county: name or länskod, e.g. Dalarna or 20.",
    "help.validate": "Check the workspace: YAML, schema, references, dates and completeness.",
    "help.validate.paths": "Workspaces (folders) or files in them; default: the current folder.",
    "help.validate.output_format": "Output: text, json, github or gitlab.",
    "help.validate.strict": "Warnings also give exit code 1.",
    "help.validate.verbose": "Also show the files that are skipped.",
    "help.validate.no_cache": "Check everything anew, without the results saved by earlier "
    "runs (they are used only when no file has changed).",
    "help.merge": "Merge the units' activity plans into one plan, losing nothing.",
    "help.merge.paths": "Workspaces (folders) or files in them; default: the current folder.",
    "help.merge.output": "The file to write; - or none: standard output.",
    "help.merge.unit": "The merged plan's unit (default: Sammanfogad aktivitetsplan).",
    "help.merge.year": "Only the plans for this year.",
    "help.merge.categories": "Only activities in this category (may be repeated).",
    "help.merge.goals": "Only activities that contribute to this område, mål or prioritering, "
    "or to something below it (may be repeated).",
    "help.merge.check": "Write nothing; exit code 1 if the file in -o is not what merge would "
    "write now.",
    "help.coverage": "Show what the plans cover: activities per category, part of the "
    "strategy, role, unit and month of the årshjul, and where the gaps are.",
    "help.coverage.path": "The workspace (a folder); default: the current folder.",
    "help.coverage.output_format": "Output: table (default), json, csv or md.",
    "help.coverage.output": "Write to a file (atomically) instead of standard output.",
    "help.coverage.year": "Only the plans for this year.",
    "help.coverage.units": "Only this unit; may be repeated.",
    "help.coverage.statuses": "Only activities with this status; may be repeated or given with "
    "commas (planerad,pågår). aktiva = planerad, pågår, försenad.",
    "help.coverage.fail_under": "Exit code 1 if the coverage misses the threshold KEY=VALUE; "
    "may be repeated. mål, prioritering, område, kategori, roll=N: each has at least N "
    "activities (mål=1); with % the share of them that have any (mål=80%). kopplade, "
    "ansvarig, indikatorer, uppföljning=P: a share in per cent (kopplade=90).",
    "help.coverage.bom": "CSV: start with a UTF-8 BOM so that Excel reads å, ä and ö right.",
    "help.coverage.delimiter": "CSV: delimiter, , or ; or tab (Excel in Swedish wants ;).",
    "help.report": "Write the status report for the committee: summary, goals, indicators, "
    "delays, coverage, årshjul and the units' plans.",
    "help.report.path": "The workspace (a folder); default: the current folder.",
    "help.report.output": "The file to write (default: Markdown on standard output).",
    "help.report.output_format": "md, html, pdf or docx (json: the templates' data); "
    "default: from the file's suffix.",
    "help.report.template": "A folder of own templates (report.md.j2, report.html.j2, "
    "report.css …); what it lacks comes from the built-in ones.",
    "help.report.title": "The report's title (default: the strategy's name).",
    "help.report.window": "Days ahead for activities soon due.",
    "help.export": "Export activity plans to a workbook in the units' template (or CSV).",
    "help.export.paths": "Workspaces (folders) or files in them; default: the current folder.",
    "help.export.output": "The file to write: .xlsx or .csv.",
    "help.export.period": "Write the follow-up form for the period, e.g. 2026-T2.",
    "help.export.delimiter": "CSV: field delimiter.",
    "help.export.no_bom": "CSV: without a byte-order mark.",
    "help.import": "Read a workbook or CSV file back: only changed values are written, "
    "comments kept.",
    "help.import.source": "The workbook (.xlsx) or CSV file to read.",
    "help.import.into": "The plan (YAML) or workspace to update; default: the current folder.",
    "help.import.check": "Write nothing; exit code 1 if the workbook differs.",
    "help.import.diff": "Write nothing; show the changes to the YAML as a diff.",
    "help.import.allow_delete": "Remove activities whose rows were deleted.",
    "help.import.force": "Read it in even if the plan changed since the export.",
    "help.calendar": "Write the årshjul as a calendar (iCalendar, for Outlook, Google and "
    "Apple) or as an A3 poster with the events' names.",
    "help.calendar.path": "The workspace (a folder); default: the current folder.",
    "help.calendar.output": "The file to write (.ics, .svg or .html); default: standard output.",
    "help.calendar.output_format": "ics (calendar), svg or html (A3 poster); default: from the "
    "file's suffix.",
    "help.calendar.year": "The year (default: this year).",
    "help.calendar.mandate": "The whole mandate period the year is in (four years).",
    "help.calendar.groups": "Only events for this target group; may be repeated.",
    "help.calendar.audience": "Only årshjul with publik: extern or intern.",
    "help.rules": "List the rules with code, name and severity.",
    "help.rules.output_format": "text (one line per rule) or md (the documentation).",
    "help.schema": "Write JSON Schemas for editors: strategy, årshjul, activity plan and the "
    "other file kinds, and rustool.yaml.",
    "help.schema.output": "Folder to write the schemas to.",
    "help.completion": "Write the tab-completion script for bash, zsh or fish.",
    "help.completion.shell": "bash, zsh or fish.",
    "completion.unknown_shell": "Unknown shell `{value}`; choose one of {shells}.",
}
