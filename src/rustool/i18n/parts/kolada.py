"""Messages of `rustool fetch` (Kolada) and its rules RUS970–RUS974."""

SV = {
    "RUS970": "Indikatorn `{id}` har Kolada-id `{value}`, som inte är ett nyckeltals-id "
    "(en stor bokstav och fem siffror, t.ex. N00914).",
    "RUS971": "Kolada har inget nyckeltal `{kpi}` (indikatorn `{id}`); kontrollera id:t på "
    "kolada.se.",
    "RUS972": "Indikatorn `{id}` har ett Kolada-id men inget område att hämta för; ange "
    "`länskod` under `region`, eller `område` på indikatorn.",
    "RUS973": "Utfallet {year} för `{id}` är {written} här men {kolada} i Kolada; det "
    "lämnas som det är (--overwrite skriver över det).",
    "RUS973.overwritten": "Utfallet {year} för `{id}` var {written} här men är {kolada} i "
    "Kolada; det skrivs över (--overwrite).",
    "RUS974": "Utfallen kan inte skrivas in här utan risk att något annat ändras (till "
    "exempel ett alias eller en post som inte är en mappning); skriv listan som rader "
    "`- {{år: …, värde: …}}`.",
    "kolada.failed": "Kunde inte hämta {kpi} från Kolada ({url}): {reason}.",
    "kolada.net.timeout": "inget svar inom {seconds} s; försök igen senare eller ge mer tid "
    "med --timeout",
    "kolada.net.connect": "kan inte ansluta ({reason}); finns nätverket, och stämmer --kolada-url?",
    "kolada.net.broken": "anslutningen bröts ({reason})",
    "kolada.net.other": "nätverksfel ({reason})",
    "kolada.http.status": "Kolada svarade med HTTP-status {status}",
    "kolada.http.wait": "Kolada ber oss vänta {seconds} s (HTTP {status}); försök igen senare",
    "kolada.bad.encoding": "svaret är inte UTF-8",
    "kolada.bad.json": "svaret är inte giltig JSON ({detail})",
    "kolada.bad.not_object": "svaret är inte ett JSON-objekt",
    "kolada.bad.object": "`{field}` i svaret är inte ett objekt",
    "kolada.bad.list": "`{field}` saknas i svaret eller är inte en lista",
    "kolada.bad.text": "`{field}` saknas i svaret eller är inte text",
    "kolada.bad.other_kpi": "`{field}` i svaret är {value}, ett annat nyckeltal än det "
    "efterfrågade",
    "kolada.bad.other_area": "`{field}` i svaret är {value}, inget av de efterfrågade områdena",
    "kolada.bad.year": "`{field}` i svaret är {value}, inget årtal",
    "kolada.bad.gender": "`{field}` i svaret är {value}; kön ska vara T, K eller M",
    "kolada.bad.number": "`{field}` i svaret är {value}, varken ett tal eller null",
    "kolada.bad.too_large": "svaret är större än {limit_mb} MB",
    "kolada.bad.too_many_pages": "svaret fortsätter över fler än {limit} sidor",
    "kolada.bad.page_loop": "`next_page` pekar på en sida som redan har hämtats",
    "kolada.bad.next_page": "`next_page` är ingen giltig adress",
    "kolada.bad.other_host": "`next_page` pekar på en annan server ({host}); rustool följer "
    "bara sidor på Koladas egen",
    "kolada.failed_total.one": "Inget skrevs: ett nyckeltal kunde inte hämtas.",
    "kolada.failed_total.other": "Inget skrevs: {count} nyckeltal kunde inte hämtas.",
    "kolada.errors.one": "Inget skrevs: strategin har ett fel.",
    "kolada.errors.other": "Inget skrevs: strategin har {count} fel.",
    "kolada.written.one": "Skrev ett utfall i {file}.",
    "kolada.written.other": "Skrev {count} utfall i {file}.",
    "kolada.up_to_date": "{file} har redan alla utfall som Kolada har.",
    "kolada.new_data.one": "Ny data finns: ett utfall i Kolada saknas eller skiljer sig i {file}.",
    "kolada.new_data.other": "Ny data finns: {count} utfall i Kolada saknas eller skiljer "
    "sig i {file}.",
    "kolada.summary": "{id} ({kpi}): {what}",
    "kolada.added": "nya år {years}",
    "kolada.changed": "ändrade år {years}",
    "kolada.no_strategy": "Arbetsytan har ingen strategi (typ: strategi) att hämta utfall till.",
    "kolada.nothing_to_fetch": "Ingen indikator i {file} har ett Kolada-id; inget att hämta.",
    "kolada.no_kpi": "Ingen indikator i strategin har Kolada-id {kpi} (--kpi).",
    "kolada.bad_url": "--kolada-url {value} är ingen http- eller https-adress.",
    "kolada.bad_years": "--år {value}: skriv ett år (2024) eller ett spann (2015-2025).",
    "kolada.bad_gender": "--kön {value}: välj T (totalt), K (kvinnor) eller M (män).",
    "kolada.bad_compare": "--jämför {value}: bara `riket` går att jämföra med.",
    "kolada.bad_kpi": "--kpi {value} är inget Kolada-id (en stor bokstav och fem siffror, "
    "t.ex. N00914).",
    "kolada.bad_timeout": "--timeout {value}: ange sekunder, mer än 0 och högst 600.",
    "kolada.write_failed": "Kan inte skriva {file}: {reason}.",
    "help.fetch": "Hämta indikatorernas utfall från Kolada och skriv in dem i strategin.",
    "help.fetch.path": "Arbetsytan (en mapp); standard: aktuell mapp.",
    "help.fetch.kpis": "Hämta bara detta nyckeltal, t.ex. N00914 (kan upprepas).",
    "help.fetch.years": "År att hämta: 2024 eller 2015-2025 (standard: från strategins start "
    "eller tidigaste baslinje till i år).",
    "help.fetch.genders": "K och/eller M: spara värdena för kvinnor och män bredvid totalen "
    "(T, totalt, hämtas alltid).",
    "help.fetch.compare": "riket: spara hela rikets värde bredvid länets.",
    "help.fetch.kolada_url": "Koladas API (även RUSTOOL_KOLADA_URL; standard "
    "https://api.kolada.se/v3).",
    "help.fetch.overwrite": "Skriv över handskrivna utfall som skiljer sig.",
    "help.fetch.dry_run": "Skriv inget; visa ändringen som en diff.",
    "help.fetch.check": "Skriv inget; slutkod 1 om Kolada har data som saknas.",
    "help.fetch.refresh": "Fråga Kolada på nytt även om svaret finns sparat.",
    "help.fetch.timeout": "Sekunder som ett anrop till Kolada högst får ta.",
    "report.national": "riket",
    "report.national_line": "grå linje: riket",
    "kolada.changed_meanwhile": "{file} ändrades medan Kolada tillfrågades; inget skrevs. "
    "Kör kommandot igen.",
}

EN = {
    "RUS970": "The indicator `{id}` has the Kolada id `{value}`, which is not a KPI id "
    "(a capital letter and five digits, such as N00914).",
    "RUS971": "Kolada has no KPI `{kpi}` (indicator `{id}`); check the id on kolada.se.",
    "RUS972": "The indicator `{id}` has a Kolada id but no area to fetch for; give "
    "`länskod` under `region`, or `område` on the indicator.",
    "RUS973": "The outcome {year} of `{id}` is {written} here but {kolada} in Kolada; it is "
    "left as it is (--overwrite replaces it).",
    "RUS973.overwritten": "The outcome {year} of `{id}` was {written} here but is {kolada} in "
    "Kolada; it is replaced (--overwrite).",
    "RUS974": "The outcomes cannot be written here without risking a change to something "
    "else (an alias, say, or an entry that is not a mapping); write the list as lines "
    "`- {{år: …, värde: …}}`.",
    "kolada.failed": "Could not fetch {kpi} from Kolada ({url}): {reason}.",
    "kolada.net.timeout": "no answer within {seconds} s; try again later or allow more time "
    "with --timeout",
    "kolada.net.connect": "cannot connect ({reason}); is the network there, and is "
    "--kolada-url right?",
    "kolada.net.broken": "the connection broke ({reason})",
    "kolada.net.other": "network error ({reason})",
    "kolada.http.status": "Kolada answered with HTTP status {status}",
    "kolada.http.wait": "Kolada asks us to wait {seconds} s (HTTP {status}); try again later",
    "kolada.bad.encoding": "the answer is not UTF-8",
    "kolada.bad.json": "the answer is not valid JSON ({detail})",
    "kolada.bad.not_object": "the answer is not a JSON object",
    "kolada.bad.object": "`{field}` in the answer is not an object",
    "kolada.bad.list": "`{field}` is missing from the answer or not a list",
    "kolada.bad.text": "`{field}` is missing from the answer or not text",
    "kolada.bad.other_kpi": "`{field}` in the answer is {value}, another KPI than the one "
    "asked for",
    "kolada.bad.other_area": "`{field}` in the answer is {value}, none of the areas asked for",
    "kolada.bad.year": "`{field}` in the answer is {value}, not a year",
    "kolada.bad.gender": "`{field}` in the answer is {value}; gender must be T, K or M",
    "kolada.bad.number": "`{field}` in the answer is {value}, neither a number nor null",
    "kolada.bad.too_large": "the answer is larger than {limit_mb} MB",
    "kolada.bad.too_many_pages": "the answer goes on over more than {limit} pages",
    "kolada.bad.page_loop": "`next_page` points to a page already fetched",
    "kolada.bad.next_page": "`next_page` is not a valid address",
    "kolada.bad.other_host": "`next_page` points to another server ({host}); rustool only "
    "follows pages on Kolada's own",
    "kolada.failed_total.one": "Nothing was written: one KPI could not be fetched.",
    "kolada.failed_total.other": "Nothing was written: {count} KPIs could not be fetched.",
    "kolada.errors.one": "Nothing was written: the strategy has an error.",
    "kolada.errors.other": "Nothing was written: the strategy has {count} errors.",
    "kolada.written.one": "Wrote one outcome to {file}.",
    "kolada.written.other": "Wrote {count} outcomes to {file}.",
    "kolada.up_to_date": "{file} already has every outcome Kolada has.",
    "kolada.new_data.one": "New data: one outcome in Kolada is missing or different in {file}.",
    "kolada.new_data.other": "New data: {count} outcomes in Kolada are missing or different "
    "in {file}.",
    "kolada.summary": "{id} ({kpi}): {what}",
    "kolada.added": "new years {years}",
    "kolada.changed": "changed years {years}",
    "kolada.no_strategy": "The workspace has no strategy (typ: strategi) to fetch outcomes for.",
    "kolada.nothing_to_fetch": "No indicator in {file} has a Kolada id; nothing to fetch.",
    "kolada.no_kpi": "No indicator of the strategy has the Kolada id {kpi} (--kpi).",
    "kolada.bad_url": "--kolada-url {value} is not an http or https address.",
    "kolada.bad_years": "--år {value}: give a year (2024) or a span (2015-2025).",
    "kolada.bad_gender": "--kön {value}: choose T (total), K (women) or M (men).",
    "kolada.bad_compare": "--jämför {value}: only `riket` can be compared with.",
    "kolada.bad_kpi": "--kpi {value} is not a Kolada id (a capital letter and five digits, "
    "such as N00914).",
    "kolada.bad_timeout": "--timeout {value}: give seconds, more than 0 and at most 600.",
    "kolada.write_failed": "Cannot write {file}: {reason}.",
    "help.fetch": "Fetch the indicators' outcomes from Kolada and write them into the strategy.",
    "help.fetch.path": "The workspace (a folder); default: the current folder.",
    "help.fetch.kpis": "Fetch only this KPI, such as N00914 (may be repeated).",
    "help.fetch.years": "Years to fetch: 2024 or 2015-2025 (default: from the strategy's start "
    "or earliest baseline to this year).",
    "help.fetch.genders": "K and/or M: store the values for women and men beside the total "
    "(T, the total, is always fetched).",
    "help.fetch.compare": "riket: store Sweden's value beside the county's.",
    "help.fetch.kolada_url": "Kolada's API (also RUSTOOL_KOLADA_URL; default "
    "https://api.kolada.se/v3).",
    "help.fetch.overwrite": "Replace hand-written outcomes that differ.",
    "help.fetch.dry_run": "Write nothing; show the change as a diff.",
    "help.fetch.check": "Write nothing; exit 1 when Kolada has data the file lacks.",
    "help.fetch.refresh": "Ask Kolada again even when the answer is in the cache.",
    "help.fetch.timeout": "Seconds one request to Kolada may take at most.",
    "report.national": "Sweden",
    "report.national_line": "grey line: Sweden",
    "kolada.changed_meanwhile": "{file} changed while Kolada was asked; nothing was written. "
    "Run the command again.",
}
