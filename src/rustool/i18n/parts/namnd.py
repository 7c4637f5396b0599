"""Messages of the nämnd's document: the ärende (RUS9xx), money, PDF and Word (issue 14)."""

from __future__ import annotations

SV = {
    # --- rules
    "RUS901": "Strategin har inget mål eller område `{id}` att bedöma.",
    "RUS902": "Ärendet har inget `förslag_till_beslut`; skriv varje beslutssats som en punkt "
    "i listan.",
    "RUS903": "{date} är inte ett av nämndens sammanträden i årshjulet (närmast: {nearest}).",
    "RUS904": "Målet `{id}` är redan bedömt på rad {first_line}; ett mål får en bedömning.",
    "RUS905": "`{value}` är ingen av strategins finansieringskällor ({known}).",
    # --- help for report's options
    "help.report.case_file": "Ärendet (en fil med typ: ärende) som läggs först: förslag till "
    "beslut, sammanfattning, bedömning per mål och ekonomi, med uppföljningen som bilaga.",
    "help.report.period_text": "Perioden som rapporteras, t.ex. 2026-T2: ändrad status sedan "
    "perioden före, vad som blev klart och vad som är sent och varför.",
    "help.report.year": "Rapportera ett helt år (som --period ÅÅÅÅ).",
    "help.report.brief": "Kort rapport: varje aktivitet en gång med målen den bidrar till, "
    "utan enheternas hela planer.",
    # --- report
    "report.case.kicker": "Tjänsteskrivelse",
    "report.case.board": "Nämnd",
    "report.case.meeting": "Sammanträdesdatum",
    "report.case.number": "Diarienummer",
    "report.case.officer": "Handläggare",
    "report.case.subject": "Ärende",
    "report.case.period": "Period",
    "report.case.proposals": "Förslag till beslut",
    "report.case.summary": "Sammanfattning",
    "report.case.background": "Ärendet",
    "report.case.events": "Väsentliga händelser",
    "report.case.assessment": "Bedömning per mål",
    "report.case.assessment_caption": "Förvaltningens bedömning av läget per mål",
    "report.case.level.grön": "Grön – på väg mot målet",
    "report.case.level.gul": "Gul – risk att inte nå målet",
    "report.case.level.röd": "Röd – når inte målet utan åtgärder",
    "report.case.attachments": "Beslutsunderlag",
    "report.case.attachment_report": "Denna tjänsteskrivelse med uppföljningen som bilaga",
    "report.case.recipients": "Beslutet skickas till",
    "report.case.illustrative": "Exempel: ärendet är påhittat för att visa formatet.",
    "report.case.appendix": "Bilaga: Uppföljning",
    "report.col.goal_id": "Mål",
    "report.col.level": "Läge",
    "report.col.assessment": "Bedömning",
    "report.money": "Ekonomi",
    "report.money.intro": "Budget {budget} för {count} aktiviteter med budget, varav utfall "
    "hittills {spent}. {linked_share} av kronorna går till aktiviteter kopplade till "
    "strategins mål. {without} aktiviteter saknar budget.",
    "report.money.by_funding": "Per finansieringskälla",
    "report.money.by_category": "Per kategori",
    "report.money.by_role": "Per roll",
    "report.money.by_unit": "Per enhet",
    "report.money.by_goal": "Per mål",
    "report.money.by_kraftsamling": "Per kraftsamling",
    "report.money.by_goal_note": "En aktivitet som bidrar till flera mål räknas med hela sin "
    "budget under varje mål, så kolumnen summerar inte till totalen.",
    "report.money.none": "Ingen aktivitet har budget (`budget_kr`).",
    "report.money.not_stated": "ej angiven",
    "report.col.budget": "Budget",
    "report.col.spent": "Utfall",
    "report.col.count": "Aktiviteter",
    "report.col.key": "Fördelning",
    "report.period.title": "Perioden {period}",
    "report.period.intro": "{first}–{last}, jämfört med {previous}.",
    "report.period.changed": "Ändrad status sedan {previous}",
    "report.period.done": "Klart under perioden",
    "report.period.late": "Försenat, och varför",
    "report.period.not_reported": "Ej uppföljt för perioden",
    "report.period.none": "Inget.",
    "report.col.change": "Status (förra → nu)",
    "report.col.reason": "Orsak eller kommentar",
    "report.col.goals": "Bidrar till mål",
    "report.no_reason": "ingen orsak angiven",
    "report.underlag": "Underlag",
    "report.underlag.data": "Rapporten bygger på {count} filer i arbetsytan, kontrollerade "
    "{date} utan fel{warnings}.",
    "report.underlag.warnings": " ({count} varningar)",
    "report.underlag.version": "Uppgifterna är de som sparades {date} (version {commit}).",
    "report.underlag.dirty": "Några filer hade ändrats efter det och är med som de var när "
    "rapporten gjordes.",
    "report.underlag.no_version": "Arbetsytan ligger inte i ett versionsarkiv, så versionen "
    "av uppgifterna kan inte anges.",
    "report.underlag.files": "Filer",
    "report.underlag.tool": "Gjord med {tool}.",
    "report.brief.activities": "Aktiviteterna",
    "report.brief.intro": "Varje aktivitet en gång, med de mål den bidrar till. Enheternas "
    "hela planer finns i den fullständiga rapporten.",
    "report.card.late": "är sena",
    "report.card.late_sub": "{overdue} har passerat klart senast, {flagged} till är markerade "
    "som försenade · {soon} ska vara klara inom {days} dagar",
    "report.card.on_track": "indikatorer i fas mot målvärdet",
    "report.card.on_track_sub": "{positive} utvecklas åt önskat håll, {unchanged} "
    "oförändrade, {negative} åt fel håll; {no_data} utan utfall",
    "report.movement.up": "ökar",
    "report.movement.down": "minskar",
    "report.movement.flat": "oförändrad",
    "report.col.movement": "Utveckling",
    "report.col.judgement": "Bedömning",
    "report.total_distinct": "Totalt räknar varje aktivitet en gång; en aktivitet i flera "
    "områden står i flera celler, så raden kan summera till mer.",
    "report.page": "Sida",
    "report.pdf.missing": "PDF kräver WeasyPrint: installera med `pip install "
    '"rustool[pdf]"` (och på Debian/Ubuntu Pango: `apt-get install libpango-1.0-0 '
    "libpangoft2-1.0-0`).",
    "report.pdf.failed": "Kunde inte göra PDF:en: {reason}",
    "report.docx.needs_case": "Word-dokumentet är tjänsteskrivelsen: ange ärendet med "
    "--ärende FIL.",
    "report.error.case_not_in_workspace": "{file} är inte ett ärende i arbetsytan (en fil med "
    "typ: ärende under {root}).",
    "report.error.period": "--period tar en period som 2026-T2, 2026-Q3, 2026-05 eller 2026, "
    "inte {value}.",
    "report.error.period_and_year": "Ange --period eller --år, inte båda.",
    "report.error.binary_stdout": "{format} skrivs till en fil: ange -o FIL.{format}.",
}

EN = {
    # --- rules
    "RUS901": "The strategy has no goal or area `{id}` to assess.",
    "RUS902": "The ärende has no `förslag_till_beslut`; write each proposed decision as an "
    "item of the list.",
    "RUS903": "{date} is not one of the nämnd's meetings in the årshjul (nearest: {nearest}).",
    "RUS904": "The goal `{id}` is already assessed on line {first_line}; a goal gets one "
    "assessment.",
    "RUS905": "`{value}` is none of the strategy's sources of funding ({known}).",
    # --- help for report's options
    "help.report.case_file": "The ärende (a file with typ: ärende) to put first: proposed "
    "decision, summary, assessment per goal and finances, with the follow-up as an appendix.",
    "help.report.period_text": "The period to report, e.g. 2026-T2: status changes since the "
    "period before, what was done, and what is late and why.",
    "help.report.year": "Report a whole year (as --period YYYY).",
    "help.report.brief": "Short report: each activity once with the goals it serves, without "
    "the units' full plans.",
    # --- report
    "report.case.kicker": "Officer's report",
    "report.case.board": "Committee",
    "report.case.meeting": "Meeting date",
    "report.case.number": "Case number",
    "report.case.officer": "Case officer",
    "report.case.subject": "Matter",
    "report.case.period": "Period",
    "report.case.proposals": "Proposed decision",
    "report.case.summary": "Summary",
    "report.case.background": "The matter",
    "report.case.events": "Significant events",
    "report.case.assessment": "Assessment per goal",
    "report.case.assessment_caption": "The administration's assessment of each goal",
    "report.case.level.grön": "Green – on the way to the goal",
    "report.case.level.gul": "Yellow – at risk of missing the goal",
    "report.case.level.röd": "Red – will not reach the goal without action",
    "report.case.attachments": "Decision documents",
    "report.case.attachment_report": "This report with the follow-up as an appendix",
    "report.case.recipients": "The decision is sent to",
    "report.case.illustrative": "Example: this matter is invented to show the format.",
    "report.case.appendix": "Appendix: Follow-up",
    "report.col.goal_id": "Goal",
    "report.col.level": "Status",
    "report.col.assessment": "Assessment",
    "report.money": "Finances",
    "report.money.intro": "A budget of {budget} for {count} activities with a budget, of "
    "which {spent} spent so far. {linked_share} of the kronor go to activities linked to the "
    "strategy's goals. {without} activities have no budget.",
    "report.money.by_funding": "By source of funding",
    "report.money.by_category": "By category",
    "report.money.by_role": "By role",
    "report.money.by_unit": "By unit",
    "report.money.by_goal": "By goal",
    "report.money.by_kraftsamling": "By kraftsamling",
    "report.money.by_goal_note": "An activity that serves several goals counts with its whole "
    "budget under each goal, so this column does not add up to the total.",
    "report.money.none": "No activity has a budget (`budget_kr`).",
    "report.money.not_stated": "not stated",
    "report.col.budget": "Budget",
    "report.col.spent": "Spent",
    "report.col.count": "Activities",
    "report.col.key": "Breakdown",
    "report.period.title": "The period {period}",
    "report.period.intro": "{first} to {last}, compared with {previous}.",
    "report.period.changed": "Status changed since {previous}",
    "report.period.done": "Done in the period",
    "report.period.late": "Late, and why",
    "report.period.not_reported": "Not followed up for the period",
    "report.period.none": "None.",
    "report.col.change": "Status (before → now)",
    "report.col.reason": "Reason or comment",
    "report.col.goals": "Serves goals",
    "report.no_reason": "no reason given",
    "report.underlag": "Sources",
    "report.underlag.data": "The report is built from {count} files of the workspace, checked "
    "{date} without errors{warnings}.",
    "report.underlag.warnings": " ({count} warnings)",
    "report.underlag.version": "The data are as saved on {date} (version {commit}).",
    "report.underlag.dirty": "Some files had changed since then and are included as they were "
    "when the report was made.",
    "report.underlag.no_version": "The workspace is not in a version archive, so the version "
    "of the data cannot be given.",
    "report.underlag.files": "Files",
    "report.underlag.tool": "Made with {tool}.",
    "report.brief.activities": "The activities",
    "report.brief.intro": "Each activity once, with the goals it serves. The units' full "
    "plans are in the full report.",
    "report.card.late": "are late",
    "report.card.late_sub": "{overdue} past their due date, {flagged} more marked as delayed "
    "· {soon} due within {days} days",
    "report.card.on_track": "indicators on track to the target",
    "report.card.on_track_sub": "{positive} moving the wished way, {unchanged} unchanged, "
    "{negative} the wrong way; {no_data} without outcomes",
    "report.movement.up": "rising",
    "report.movement.down": "falling",
    "report.movement.flat": "unchanged",
    "report.col.movement": "Movement",
    "report.col.judgement": "Judgement",
    "report.total_distinct": "Total counts each activity once; an activity in several areas "
    "stands in several cells, so the row may add up to more.",
    "report.page": "Page",
    "report.pdf.missing": "PDF needs WeasyPrint: install it with `pip install "
    '"rustool[pdf]"` (and on Debian/Ubuntu Pango: `apt-get install libpango-1.0-0 '
    "libpangoft2-1.0-0`).",
    "report.pdf.failed": "Could not make the PDF: {reason}",
    "report.docx.needs_case": "The Word document is the officer's report: name the matter "
    "with --ärende FILE.",
    "report.error.case_not_in_workspace": "{file} is not an ärende of the workspace (a file "
    "with typ: ärende under {root}).",
    "report.error.period": "--period takes a period such as 2026-T2, 2026-Q3, 2026-05 or "
    "2026, not {value}.",
    "report.error.period_and_year": "Give --period or --år, not both.",
    "report.error.binary_stdout": "{format} is written to a file: give -o FILE.{format}.",
}
