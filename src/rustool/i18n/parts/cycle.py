"""Messages of the follow-up cycle: the dated årshjul, the rhythm's rules (RUS8xx),
rustool calendar and rustool due."""

from __future__ import annotations

SV = {
    "schema.wheel_date": "`{value}` är ingen dag i årshjulet; skriv ÅÅÅÅ-MM-DD (det året), "
    "MM-DD (varje år) eller med tid, som 2026-02-18 13:00-15:30.",
    "schema.event_when": "Händelsen säger inte när den äger rum; ange `månad`, `datum` eller "
    "`senast`.",
    "RUS801": "{id} saknar uppföljning för {period}, som skulle vara klar {deadline}.",
    "RUS802": "{id} är {status} men den senaste uppföljningen ger inget skäl; skriv det i "
    "dess `kommentar`.",
    "RUS802.no_log": "{id} är {status} men ger inget skäl; skriv det i en uppföljning med "
    "`kommentar` (eller i aktivitetens `kommentar`).",
    "RUS803": "Uppföljningen avser {period}, som inte har börjat ({today} i dag).",
    "RUS803.date": "Uppföljningen är daterad {date}, efter i dag ({today}).",
    "RUS804": "Perioden {period} följer inte uppföljningsrytmen ({rhythm}); skriv t.ex. "
    "2026-T2 för tertial, 2026-Q3 för kvartal, 2026-09 för månad.",
    "RUS805": "Årshjulen saknar {step}; lägg till en händelse med `lagkrav: {marker}` (eller "
    "stäng av kontrollen med `lagkrav` i rustool.yaml).",
    "RUS806": "Dagen {day} ligger inte i händelsens månader {months}.",
    "RUS807": "Sammanträdet {day} står under år {year}.",
    "RUS808": "Uppföljningsrytmen pekar på händelsen {event}, men ingen händelse med det id "
    "har `senast`.",
    "cycle.step.årsrapport": "den årliga rapporten till regeringen",
    "cycle.step.anslag-1:1": "beslutet om fördelningen av anslag 1:1",
    "cycle.step.aktualitetsprövning": "aktualitetsprövningen av strategin (en gång per "
    "mandatperiod)",
    "calendar.committee": "Nämnden",
    "calendar.meeting": "{committee} – sammanträde",
    "calendar.meetings": "nämndens sammanträden",
    "calendar.deadline": "Senast: {name}",
    "calendar.kind": "Typ: {kind}",
    "calendar.owner": "Ansvarig: {owner}",
    "calendar.audience": "Målgrupp: {groups}",
    "calendar.statutory": "Lagkrav: {step}",
    "calendar.undated": "Under {months} (inget datum i årshjulet ännu).",
    "calendar.wheel": "Årshjul: {name}",
    "calendar.poster_alt": "{name} {period}: {count} händelser och sammanträden, månad för "
    "månad runt en cirkel.",
    "calendar.poster_sub": "{period} · {count} händelser och sammanträden · medsols från "
    "januari överst",
    "calendar.more.one": "… och {count} till",
    "calendar.more.other": "… och {count} till",
    "calendar.legend": "Form efter typ av händelse; en båge spänner över månader utan datum.",
    "calendar.hollow": "ofylld: senast (en frist)",
    "calendar.written.one": "Skrev {file} ({count} post).",
    "calendar.written.other": "Skrev {file} ({count} poster).",
    "calendar.error.format": "Okänt format {value}; välj ics, svg eller html.",
    "calendar.error.suffix": "Kan inte avgöra formatet av {file}; använd .ics, .svg eller "
    ".html, eller ange --format.",
    "calendar.error.audience": "--publik tar extern eller intern, inte {value}.",
    "calendar.error.year": "--år {value} ligger utanför 1900–2200.",
    "calendar.error.group": "Ingen händelse har målgruppen {value}; menade du {suggestion}?",
    "calendar.error.no_wheel": "{root} har inget årshjul (ingen fil med typ: årshjul).",
    "calendar.error.workspace.one": "{root} har {count} fel; inget skrevs. Rätta felet "
    "(rustool validate visar det):",
    "calendar.error.workspace.other": "{root} har {count} fel; inget skrevs. Rätta felen "
    "(rustool validate visar dem):",
    "calendar.error.write": "Kan inte skriva {file}: {reason}",
    "due.heading": "Att göra {today} och {count} dagar framåt; {late} försenade.",
    "due.nothing": "Inget ska vara klart under perioden.",
    "due.follow_up.one": "Uppföljning {period}: {count} aktivitet har inte rapporterat ({ids})",
    "due.follow_up.other": "Uppföljning {period}: {count} aktiviteter har inte rapporterat ({ids})",
    "due.wheel": "Årshjulet: {id} {title}",
    "due.activity": "{id} {title} ({status})",
    "due.late.one": "{date}, {count} dag sen",
    "due.late.other": "{date}, {count} dagar sen",
    "due.today": "{date}, i dag",
    "due.in.one": "{date}, om {count} dag",
    "due.in.other": "{date}, om {count} dagar",
    "due.error.format": "Okänt format {value}; välj table, json eller md.",
    "due.error.within": "--inom tar 0–{limit} dagar.",
    "due.error.workspace.one": "{root} har {count} fel; rätta det först (rustool validate "
    "visar det):",
    "due.error.workspace.other": "{root} har {count} fel; rätta dem först (rustool validate "
    "visar dem):",
    "due.error.write": "Kan inte skriva {file}: {reason}",
    "help.due": "Visa vad som ska vara klart de närmaste dagarna, per enhet: aktiviteter, "
    "uppföljningar och årshjulets frister. Slutkod 1 när något är försenat.",
    "help.due.path": "Arbetsytan (en mapp); standard: aktuell mapp.",
    "help.due.within": "Dagar framåt att ta med (standard 30).",
    "help.due.output_format": "table (standard), json eller md (för ett påminnelsemejl).",
    "help.due.output": "Skriv till en fil (atomärt) i stället för standard ut.",
}

EN = {
    "schema.wheel_date": "`{value}` is not a day of the årshjul; write YYYY-MM-DD (that year), "
    "MM-DD (every year) or with a time, as 2026-02-18 13:00-15:30.",
    "schema.event_when": "The event does not say when it happens; give `månad`, `datum` or "
    "`senast`.",
    "RUS801": "{id} has no follow-up for {period}, which was due {deadline}.",
    "RUS802": "{id} is {status} but its latest follow-up gives no reason; write it in its "
    "`kommentar`.",
    "RUS802.no_log": "{id} is {status} but gives no reason; write it in a follow-up with a "
    "`kommentar` (or in the activity's `kommentar`).",
    "RUS803": "The follow-up is for {period}, which has not begun (today is {today}).",
    "RUS803.date": "The follow-up is dated {date}, after today ({today}).",
    "RUS804": "The period {period} does not follow the follow-up rhythm ({rhythm}); write "
    "e.g. 2026-T2 for tertial, 2026-Q3 for kvartal, 2026-09 for månad.",
    "RUS805": "The årshjul lack {step}; add an event with `lagkrav: {marker}` (or turn the "
    "check off with `lagkrav` in rustool.yaml).",
    "RUS806": "The day {day} is not in the event's months {months}.",
    "RUS807": "The sammanträde {day} is listed under the year {year}.",
    "RUS808": "The follow-up rhythm names the event {event}, but no event with that id has "
    "`senast`.",
    "cycle.step.årsrapport": "the yearly report to the government",
    "cycle.step.anslag-1:1": "the decision on the allocation of the 1:1 funds",
    "cycle.step.aktualitetsprövning": "the review (aktualitetsprövning) of the strategy (once "
    "each mandate period)",
    "calendar.committee": "The committee",
    "calendar.meeting": "{committee} – meeting",
    "calendar.meetings": "the committee's meetings",
    "calendar.deadline": "Deadline: {name}",
    "calendar.kind": "Type: {kind}",
    "calendar.owner": "Responsible: {owner}",
    "calendar.audience": "Audience: {groups}",
    "calendar.statutory": "Required by law: {step}",
    "calendar.undated": "During {months} (no date in the årshjul yet).",
    "calendar.wheel": "Årshjul: {name}",
    "calendar.poster_alt": "{name} {period}: {count} events and meetings, month by month "
    "round a circle.",
    "calendar.poster_sub": "{period} · {count} events and meetings · clockwise from January "
    "at the top",
    "calendar.more.one": "… and {count} more",
    "calendar.more.other": "… and {count} more",
    "calendar.legend": "Shape by type of event; an arc spans the months of an undated event.",
    "calendar.hollow": "hollow: a deadline",
    "calendar.written.one": "Wrote {file} ({count} entry).",
    "calendar.written.other": "Wrote {file} ({count} entries).",
    "calendar.error.format": "Unknown format {value}; choose ics, svg or html.",
    "calendar.error.suffix": "Cannot tell the format of {file}; use .ics, .svg or .html, or "
    "give --format.",
    "calendar.error.audience": "--publik takes extern or intern, not {value}.",
    "calendar.error.year": "--år {value} is outside 1900–2200.",
    "calendar.error.group": "No event has the audience {value}; did you mean {suggestion}?",
    "calendar.error.no_wheel": "{root} has no årshjul (no file with typ: årshjul).",
    "calendar.error.workspace.one": "{root} has {count} error; nothing was written. Fix it "
    "(rustool validate shows it):",
    "calendar.error.workspace.other": "{root} has {count} errors; nothing was written. Fix "
    "them (rustool validate shows them):",
    "calendar.error.write": "Cannot write {file}: {reason}",
    "due.heading": "Due from {today} to {count} days ahead; {late} overdue.",
    "due.nothing": "Nothing falls due in the period.",
    "due.follow_up.one": "Follow-up {period}: {count} activity has not reported ({ids})",
    "due.follow_up.other": "Follow-up {period}: {count} activities have not reported ({ids})",
    "due.wheel": "The årshjul: {id} {title}",
    "due.activity": "{id} {title} ({status})",
    "due.late.one": "{date}, {count} day late",
    "due.late.other": "{date}, {count} days late",
    "due.today": "{date}, today",
    "due.in.one": "{date}, in {count} day",
    "due.in.other": "{date}, in {count} days",
    "due.error.format": "Unknown format {value}; choose table, json or md.",
    "due.error.within": "--inom takes 0–{limit} days.",
    "due.error.workspace.one": "{root} has {count} error; fix it first (rustool validate "
    "shows it):",
    "due.error.workspace.other": "{root} has {count} errors; fix them first (rustool validate "
    "shows them):",
    "due.error.write": "Cannot write {file}: {reason}",
    "help.due": "Show what falls due in the coming days, per unit: activities, follow-ups "
    "and the årshjul's deadlines. Exit code 1 when something is overdue.",
    "help.due.path": "The workspace (a folder); default: the current folder.",
    "help.due.within": "Days ahead to include (default 30).",
    "help.due.output_format": "table (default), json or md (for a reminder mail).",
    "help.due.output": "Write to a file (atomically) instead of standard output.",
}
