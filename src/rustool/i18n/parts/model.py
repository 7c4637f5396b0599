"""Messages of the strategy model's additions: kraftsamlingar, färdplan, roles and
principles, actors and places, the move to a new strategy (issue #11), and the report's
and coverage's labels for them."""

from __future__ import annotations

SV = {
    "RUS201.other_strategy": "`{ref}` i `{key}` hör till strategin `{strategy}`, inte till "
    "den strategi filen genomför; använd motsvarande id i den här strategin.",
    "RUS201.focus_area_text": "`{ref}` i `{key}` är ett insatsområde utan id; ge det ett id "
    "i strategin (`{{id: …, namn: …}}`) och hänvisa till id:t.",
    "RUS701": "Kraftsamlingen `{ref}` finns inte i strategin (kraftsamlingar: {expected}).",
    "RUS702": "Mandatperioden {start}–{end} är ingen mandatperiod; en mandatperiod är fyra år "
    "från året efter ett val, t.ex. 2027–2030.",
    "RUS703": "Aktiviteterna i kraftsamlingen `{id}` planerar {planned} kr, mer än "
    "budgetramen {frame} kr.",
    "RUS704": "Insatsen `{id}` anger varken `kraftsamling` eller `bidrar_till`.",
    "RUS705": "Året {year} ligger utanför strategins period {start}–{end}.",
    "RUS705.twice": "Året {year} finns redan i färdplanen.",
    "RUS706": "Färdplanen reviderades {value}, för {days} dagar sedan; den rullande "
    "färdplanen revideras varje år.",
    "RUS706.missing": "Färdplanen anger inte när den senast reviderades; lägg till "
    "`reviderad: ÅÅÅÅ-MM-DD`.",
    "RUS706.date": "`reviderad: {value}` är inget datum; skriv ÅÅÅÅ-MM-DD.",
    "RUS707": "Principen `{value}` finns inte bland strategins principer: {expected}.",
    "RUS708": "Huvudrollen `{value}` finns inte bland aktivitetens roller: {roles}.",
    "RUS708.several": "Det finns bara en huvudroll; ange den roll där tyngden ligger och "
    "övriga under `roller`.",
    "RUS708.role": "Aktiviteten har redan `roll: {role}`, som är dess huvudroll; skriv "
    "rollerna under `roller` och en `huvudroll`.",
    "RUS710": "`{value}` är ingen kommunkod; en kommunkod är fyra siffror inom citattecken, "
    't.ex. "0780".',
    "RUS710.number": "Kommunkoden är skriven som talet {value}, och en inledande nolla går "
    "förlorad; skriv den inom citattecken.",
    "RUS710.county": "Kommunkoden `{value}` hör inte till länet; kommunkoderna i länet "
    "börjar med länskoden {county}.",
    "RUS710.unknown": "Ingen kommun har koden `{value}` (SCB:s kommunkoder).",
    "RUS711": "Kommunen `{name}` saknar `kommunkod`.",
    "RUS711.not_kommun": "`{name}` är av typen {type}; bara en kommun har `kommunkod`.",
    "RUS712": "Aktören `{ref}` finns inte i aktörsregistret.",
    "RUS713": "`{ref}` i `geografi` är varken en kommunkod eller en kommun i aktörsregistret.",
    "RUS713.not_kommun": "`{ref}` i `geografi` är av typen {type}, inte en kommun.",
    "RUS714": "Målgruppen `{ref}` finns inte i aktörsregistret; lägg till den där.",
    "RUS720": "`ersätter: {ref}` namnger ingen annan strategi i arbetsytan.",
    "RUS720.twice": "Strategin `{ref}` ersätts redan av strategin i {other}.",
    "RUS721": "`{ref}` är ingen nod i den ersatta strategin `{strategy}`.",
    "RUS721.target": "`{ref}` är ingen nod i strategin `{strategy}`.",
    "RUS721.no_replaces": "`motsvarar` kräver `ersätter`: vilken strategis id översätts?",
    "RUS722": "`{ref}` har ingen motsvarighet i `motsvarar` hos efterföljaren `{successor}`.",
    "RUS723": "Strategin `{id}` har status {status}, men efterföljaren `{successor}` gäller; "
    "sätt `status: ersatt`.",
    "RUS723.early": "Strategin `{id}` är markerad ersatt, men efterföljaren `{successor}` har "
    "status {successor_status}.",
}

EN = {
    "RUS201.other_strategy": "`{ref}` in `{key}` belongs to the strategy `{strategy}`, not to "
    "the strategy this file serves; use the corresponding id of this strategy.",
    "RUS201.focus_area_text": "`{ref}` in `{key}` is an insatsområde without an id; give it "
    "an id in the strategy (`{{id: …, namn: …}}`) and refer to the id.",
    "RUS701": "The kraftsamling `{ref}` does not exist in the strategy (kraftsamlingar: "
    "{expected}).",
    "RUS702": "{start}–{end} is not a mandate period; a mandate period is the four years "
    "from the year after an election, e.g. 2027–2030.",
    "RUS703": "The activities of the kraftsamling `{id}` plan SEK {planned}, more than its "
    "budget frame of SEK {frame}.",
    "RUS704": "The insats `{id}` names neither a `kraftsamling` nor `bidrar_till`.",
    "RUS705": "The year {year} is outside the strategy's period {start}–{end}.",
    "RUS705.twice": "The year {year} is already in the färdplan.",
    "RUS706": "The färdplan was revised on {value}, {days} days ago; the rolling färdplan is "
    "revised every year.",
    "RUS706.missing": "The färdplan does not say when it was last revised; add "
    "`reviderad: YYYY-MM-DD`.",
    "RUS706.date": "`reviderad: {value}` is not a date; write YYYY-MM-DD.",
    "RUS707": "The principle `{value}` is not one of the strategy's principles: {expected}.",
    "RUS708": "The main role `{value}` is not one of the activity's roles: {roles}.",
    "RUS708.several": "There is one main role (huvudroll): name the role where the weight "
    "lies, and the others under `roller`.",
    "RUS708.role": "The activity already has `roll: {role}`, which is its main role; list "
    "the roles under `roller` and one `huvudroll`.",
    "RUS710": '`{value}` is not a kommunkod; a kommunkod is four digits in quotes, e.g. "0780".',
    "RUS710.number": "The kommunkod is written as the number {value}, which loses a leading "
    "zero; write it in quotes.",
    "RUS710.county": "The kommunkod `{value}` is not in the county; the county's codes start "
    "with its länskod {county}.",
    "RUS710.unknown": "No municipality has the code `{value}` (SCB's kommunkoder).",
    "RUS711": "The municipality `{name}` has no `kommunkod`.",
    "RUS711.not_kommun": "`{name}` is of type {type}; only a kommun has a `kommunkod`.",
    "RUS712": "The actor `{ref}` is not in the actor register.",
    "RUS713": "`{ref}` in `geografi` is neither a kommunkod nor a kommun of the actor register.",
    "RUS713.not_kommun": "`{ref}` in `geografi` is of type {type}, not a kommun.",
    "RUS714": "The target group `{ref}` is not in the actor register; add it there.",
    "RUS720": "`ersätter: {ref}` names no other strategy of the workspace.",
    "RUS720.twice": "The strategy `{ref}` is already replaced by the strategy in {other}.",
    "RUS721": "`{ref}` is not a node of the replaced strategy `{strategy}`.",
    "RUS721.target": "`{ref}` is not a node of the strategy `{strategy}`.",
    "RUS721.no_replaces": "`motsvarar` needs `ersätter`: whose ids does it translate?",
    "RUS722": "`{ref}` has no counterpart in the `motsvarar` of the successor `{successor}`.",
    "RUS723": "The strategy `{id}` has status {status}, but its successor `{successor}` is in "
    "force; set `status: ersatt`.",
    "RUS723.early": "The strategy `{id}` is marked replaced, but its successor `{successor}` "
    "has status {successor_status}.",
}

_SV_COVERAGE = {
    "coverage.kind.insatsområde": "insatsområde",
    "coverage.section.kraftsamlingar": "Kraftsamlingar: portföljen",
    "coverage.section.principles": "Principer",
    "coverage.section.actors": "Årshjulets målgrupper per aktörstyp och månad",
    "coverage.section.kommuner": "Aktiviteter per kommun",
    "coverage.col.kraftsamling": "Kraftsamling",
    "coverage.col.mandate_period": "Mandatperiod",
    "coverage.col.kronor": "Kronor",
    "coverage.col.kronor_share": "Andel kronor",
    "coverage.col.budget_frame": "Budgetram",
    "coverage.col.goals_reached": "Mål som nås",
    "coverage.col.principle": "Princip",
    "coverage.col.involved": "Med rollen",
    "coverage.col.actor_type": "Aktörstyp",
    "coverage.col.kommunkod": "Kommunkod",
    "coverage.col.kommun": "Kommun",
    "coverage.roles_note": "Aktiviteter och kronor räknas på huvudrollen (`huvudroll`, "
    "annars `roll`); ”Med rollen” räknar alla aktiviteter som tar rollen.",
    "coverage.without_kraftsamling.one": "1 aktivitet hör inte till någon kraftsamling.",
    "coverage.without_kraftsamling.other": "{count} aktiviteter hör inte till någon kraftsamling.",
    "coverage.internal_events": "{internal} händelser rör bara interna enheter, {external} "
    "involverar andra aktörer (eller saknar målgrupp i registret).",
}
_EN_COVERAGE = {
    "coverage.kind.insatsområde": "focus area",
    "coverage.section.kraftsamlingar": "Kraftsamlingar: the portfolio",
    "coverage.section.principles": "Principles",
    "coverage.section.actors": "The årshjul's target groups by actor type and month",
    "coverage.section.kommuner": "Activities by municipality",
    "coverage.col.kraftsamling": "Kraftsamling",
    "coverage.col.mandate_period": "Mandate period",
    "coverage.col.kronor": "SEK",
    "coverage.col.kronor_share": "Share of SEK",
    "coverage.col.budget_frame": "Budget frame",
    "coverage.col.goals_reached": "Goals reached",
    "coverage.col.principle": "Principle",
    "coverage.col.involved": "Taking the role",
    "coverage.col.actor_type": "Actor type",
    "coverage.col.kommunkod": "Kommunkod",
    "coverage.col.kommun": "Municipality",
    "coverage.roles_note": "Activities and kronor count by main role (`huvudroll`, else "
    "`roll`); “Taking the role” counts every activity that takes the role.",
    "coverage.without_kraftsamling.one": "1 activity belongs to no kraftsamling.",
    "coverage.without_kraftsamling.other": "{count} activities belong to no kraftsamling.",
    "coverage.internal_events": "{internal} events concern internal units only, {external} "
    "involve other actors (or have no target group in the register).",
}
_SV_COVERAGE["coverage.error.strategy"] = (
    "Arbetsytan har ingen strategi `{value}`; menade du `{suggestion}`?"
)
_EN_COVERAGE["coverage.error.strategy"] = (
    "The workspace has no strategy `{value}`; did you mean `{suggestion}`?"
)
SV.update(_SV_COVERAGE)
EN.update(_EN_COVERAGE)

SV["help.coverage.strategy"] = (
    "Id för strategin att visa, när arbetsytan har en strategi och dess efterföljare "
    "(standard: den gällande)."
)
EN["help.coverage.strategy"] = (
    "The id of the strategy to show, when the workspace holds a strategy and its successor "
    "(default: the one in force)."
)

_AGENDA_SV = (
    "Ingen fattigdom",
    "Ingen hunger",
    "God hälsa och välbefinnande",
    "God utbildning för alla",
    "Jämställdhet",
    "Rent vatten och sanitet för alla",
    "Hållbar energi för alla",
    "Anständiga arbetsvillkor och ekonomisk tillväxt",
    "Hållbar industri, innovationer och infrastruktur",
    "Minskad ojämlikhet",
    "Hållbara städer och samhällen",
    "Hållbar konsumtion och produktion",
    "Bekämpa klimatförändringarna",
    "Hav och marina resurser",
    "Ekosystem och biologisk mångfald",
    "Fredliga och inkluderande samhällen",
    "Genomförande och globalt partnerskap",
)
_AGENDA_EN = (
    "No poverty",
    "Zero hunger",
    "Good health and well-being",
    "Quality education",
    "Gender equality",
    "Clean water and sanitation",
    "Affordable and clean energy",
    "Decent work and economic growth",
    "Industry, innovation and infrastructure",
    "Reduced inequalities",
    "Sustainable cities and communities",
    "Responsible consumption and production",
    "Climate action",
    "Life below water",
    "Life on land",
    "Peace, justice and strong institutions",
    "Partnerships for the goals",
)
SV.update({f"report.agenda2030.{n}": name for n, name in enumerate(_AGENDA_SV, 1)})
EN.update({f"report.agenda2030.{n}": name for n, name in enumerate(_AGENDA_EN, 1)})
SV.update(
    {
        "report.strategy_status": "Status",
        "report.edition": "utgåva",
        "report.replaces": "ersätter {id}",
        "report.principles": "Principer",
        "report.challenges": "Utmaningar",
        "report.factors": "Påverkansfaktorer",
        "report.kind.insatsområde": "Insatsområde",
        "report.portfolio": "Kraftsamlingar, principer och roller",
        "report.portfolio_intro": "Portföljen per kraftsamling: aktiviteterna som anger "
        "kraftsamlingen, deras kronor (strukna räknas inte) och de mål och prioriteringar "
        "de når.",
        "report.without_kraftsamling.one": "1 aktivitet hör inte till någon kraftsamling.",
        "report.without_kraftsamling.other": "{count} aktiviteter hör inte till någon "
        "kraftsamling.",
        "report.roles_kronor": "Roller: aktiviteter och kronor",
        "report.col.kraftsamling": "Kraftsamling",
        "report.col.mandate_period": "Mandatperiod",
        "report.col.kronor": "Kronor",
        "report.col.budget_frame": "Budgetram",
        "report.col.goals_reached": "Mål som nås",
        "report.col.principle": "Princip",
        "report.col.main_role": "Huvudroll i",
        "report.col.involved": "Med rollen",
    }
)
EN.update(
    {
        "report.strategy_status": "Status",
        "report.edition": "edition",
        "report.replaces": "replaces {id}",
        "report.principles": "Principles",
        "report.challenges": "Challenges",
        "report.factors": "Influencing factors",
        "report.kind.insatsområde": "Focus area",
        "report.portfolio": "Kraftsamlingar, principles and roles",
        "report.portfolio_intro": "The portfolio per kraftsamling: the activities naming it, "
        "their kronor (struken ones not counted) and the goals and priorities they reach.",
        "report.without_kraftsamling.one": "1 activity belongs to no kraftsamling.",
        "report.without_kraftsamling.other": "{count} activities belong to no kraftsamling.",
        "report.roles_kronor": "Roles: activities and kronor",
        "report.col.kraftsamling": "Kraftsamling",
        "report.col.mandate_period": "Mandate period",
        "report.col.kronor": "SEK",
        "report.col.budget_frame": "Budget frame",
        "report.col.goals_reached": "Goals reached",
        "report.col.principle": "Principle",
        "report.col.main_role": "Main role in",
        "report.col.involved": "Taking the role",
    }
)
