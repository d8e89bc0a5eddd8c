-- urgent_loop.lua -- the engine's safety loop on a small two-language pack
-- (tests/drive/packs/urgent_loop, config urgent_loop.conf): the urgent screen comes at once,
-- chimes and prints the urgent slip (codes and clinician words only); "I have asked for help",
-- the idle timeout and a change of language leave it up; only the staff code clears it.
-- "In private" on an urgent item gives an urgent screen that names no topic. The today slip
-- prints when the safety part is over, not at the end of the visit.

local function begin(lang)
  wr_lang = lang
  start()
  if lang == "es" then tap "Español" end
  tap(lang == "es" and "Empezar" or "Begin")
end

local function clear_with(code)
  tap(wr_lang == "es" and "Personal: borrar esta pantalla" or "Staff: clear this screen")
  expect_screen "staff"
  for d in code:gmatch("%d") do tap(d) end
end

-- ---- the urgent screen stays until staff clear it ---------------------------------------
begin("en")
expect "Do you have pain or tightness in your chest right now?"
assert(slip() == nil, "a slip before any answer")
tap "Yes"
expect_screen "urgent"
expect "Your answer about your chest needs a check straight away."
expect "call 112"                                -- emergency_number from the configuration
wait(2)                                          -- the chime plays on the virtual clock
assert(chimed() > 10000, "the chime did not play")
local s = assert(slip(), "no urgent slip")
assert(s:find("Please show this to staff now", 1, true), "urgent slip title")
assert(s:find("rf21: Chest pain now (possible cardiac cause).", 1, true), "code and words")
assert(not s:find("chest right now", 1, true), "the slip holds the question")
assert(not s:find("Yes", 1, true), "the slip holds an answer")
shot "urgent_en"
tap "I have asked for help"
expect_screen "urgent"
expect "Someone from the desk will come to you"
tap "Español"                                    -- a change of language keeps it up
wr_lang = "es"
expect_screen "urgent"
expect "Vaya ahora al mostrador"
expect "llame al 112"
expect "Alguien del mostrador vendrá a verle"
expect_not "Ya pedí ayuda"
shot "urgent_es"
wait(200)                                        -- well past the 90 s idle timeout
expect_screen "urgent"
tap "English"
wr_lang = "en"
expect_screen "urgent"
expect "Someone from the desk will come to you"
clear_with("9999")                               -- a wrong code clears nothing
expect "That PIN is not right."
tap "Back to the patient"
expect_screen "urgent"
clear_with("1357")                               -- the desk code
expect_screen "attract"
assert(not list():find("chest", 1, true), "the visit was not wiped")

-- {crisis_line} on an urgent screen, in both languages.
for _, lang in ipairs({ "en", "es" }) do
  begin(lang)
  tap(lang == "es" and "No" or "No")
  tap(lang == "es" and "Sí" or "Yes")
  expect_screen "urgent"
  expect "024 7000"
  clear_with("2468")                             -- the staff PIN: the staff menu
  expect_screen "staff"
  tap "Decisions to sign off"                    -- meta sign_off, for the clinical lead
  expect "2. Private answers give a screen without a topic."
  expect "Clinical review: not yet reviewed"
  tap "Back to the staff menu"
  tap "Back to the patient"
  expect_screen "attract"
end

-- ---- "in private" on each urgent item: a screen that names no topic ---------------------
local PRIVATE = { en = "I'd rather tell someone in private", es = "Prefiero decirlo en privado" }
local TITLE = { en = "Please go to the desk now and ask to talk privately",
                es = "Vaya ahora al mostrador y pida hablar en privado" }
local TOPICS = { "chest", "numb", "pecho", "entumecimiento", "cancer", "cáncer" }
for _, lang in ipairs({ "en", "es" }) do
  for item = 1, 2 do
    log("in private, " .. lang .. ", item " .. item)
    begin(lang)
    if item == 2 then tap "No" end
    tap(PRIVATE[lang])
    expect_screen "urgent"
    expect(TITLE[lang])
    for _, w in ipairs(TOPICS) do expect_not(w) end
    local p = assert(slip(), "no urgent slip")
    assert(p:find("private_urgent: An urgent safety item was answered in private", 1, true))
    for _, w in ipairs(TOPICS) do assert(not p:lower():find(w, 1, true), "slip names " .. w) end
    if item == 1 and lang == "en" then shot "urgent_private" end
    clear_with("1357")
    expect_screen "attract"
  end
end

-- ---- the today slip prints when the safety part is over --------------------------------
for _, lang in ipairs({ "en", "es" }) do
  local YES = lang == "es" and "Sí" or "Yes"
  begin(lang)
  local before = slip()
  tap "No"
  tap "No"
  tap(YES)                                       -- cancer: a today flag
  assert(slip() == before, "the today slip came before the safety part was over")
  tap(YES)                                       -- night pain: with cancer, a combination
  expect_screen "question"                       -- the next part has begun ...
  local t = assert(slip(), "no today slip")
  assert(t ~= before, "no new today slip after the safety part")
  assert(t:find(lang == "es" and "Muestre esto al personal antes de la cita"
                or "Please show this to staff before the appointment", 1, true), "today title")
  assert(t:find("rf08: History of cancer.", 1, true), "rf08 on the slip")
  assert(t:find("combo_cancer_night: Night pain with a history of cancer", 1, true), "combo")
  assert(not t:find("cáncer", 1, true) and not t:find("I have had", 1, true),
         "patient words on the today slip")
  type "Walrus 5521"
  tap(lang == "es" and "Siguiente" or "Next")
  expect_screen "list"
  local l = list()
  -- The combination names the answers it combined, and they are not repeated lower down.
  local combined = lang == "es"
      and "Dos de mis respuestas juntas hay que revisarlas hoy (Me duele mucho de noche y he tenido cáncer)"
      or "Two of my answers together need a check today (My pain is bad at night, and I have had cancer)"
  assert(l:find(combined, 1, true), "the combination does not name its answers:\n" .. l)
  local _, n = l:gsub(lang == "es" and "Me duele mucho de noche" or "My pain is bad at night", "")
  assert(n == 2, "a combined answer is repeated on the list (" .. n .. ")")  -- line + staff box
  assert(l:find("For staff", 1, true), "no For staff box")
  assert(l:find("- combo_cancer_night: Night pain with a history of cancer: same-day review. (", 1, true))
  tap "Print my list"
  expect_screen "printing"
  local p = assert(printed(), "the list was not printed")
  assert(p:find("For staff", 1, true) and p:find("rf08: History of cancer.", 1, true),
         "no For staff box on the printout")
  assert(p:find("Walrus 5521", 1, true), "the note is not on the printout")
  tap(lang == "es" and "Siguiente" or "Next")
  expect_screen "end"
  assert(slip() == t, "a second today slip at the end of the visit")
  tap "Done"
end
