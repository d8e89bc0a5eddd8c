-- clinic_groups.lua -- the grouped safety questions (ask_group, issue 12): a tick on each
-- urgent item shows the urgent screen at once (English and Spanish); "Not sure about one"
-- asks the group's questions one by one; "in private" on a group with an urgent item gives
-- the urgent screen that names no topic, on one without only a "today" line with no topic;
-- "Question N of M" counts a group as one screen; the safety taps of a no-flag back patient
-- are counted (26 before the groups).
include "helpers_clinic.lua"

local BACK, KNEE, ARM = { "My back" }, { "My leg, hip or knee" }, { "My arm or shoulder" }
local PRIVATE = "I'd rather tell someone in private"

-- Every urgent item of a group: areas that show it, the flag's words on the urgent screen.
local URGENT = {
  { "rf01_saddle", BACK, "new numbness between your legs" },
  { "rf02_bladder", BACK, "new trouble peeing" },
  { "rf03_bowel", BACK, "a new change in your bowels" },
  { "rf04_sexual", BACK, "a new change in your private parts" },
  { "rf23_joint", ARM, "a hot, swollen joint" },
}
local URGENT_ES = {
  rf01_saddle = "la zona dormida entre las piernas", rf02_bladder = "los problemas para orinar",
  rf03_bowel = "un cambio al ir al baño", rf04_sexual = "un cambio en sus partes íntimas",
  rf23_joint = "una articulación caliente e hinchada",
}

-- The desk code clears the Spanish urgent screen.
local function clear_urgent_es()
  tap "Personal: borrar esta pantalla"
  expect_screen "staff"
  for d in ("1357"):gmatch("%d") do tap(d) end
  expect_screen "attract"
end
for _, c in ipairs(URGENT) do
  log("a tick, urgent at once: " .. c[1])
  safety(c[2], { [c[1]] = "Yes" }, c[1])
  expect_screen "urgent"                     -- at once: no Next needed
  expect "Please go to the front desk now"
  expect(c[3])
  told_staff()

  log("una casilla, urgente enseguida: " .. c[1])
  safety_es(c[2], { [c[1]] = "Yes" }, c[1])
  expect_screen "urgent"
  expect "Por favor, vaya ahora a recepción"
  expect(URGENT_ES[c[1]])
  clear_urgent_es()
end

-- "Not sure about one": each question of the group on its own screen, in order, with the
-- four answers; "Not sure" on an urgent one is urgent, as before the groups.
log("not sure about one: one by one")
safety(BACK, {}, "rf20_stroke")
expect_screen "group"
expect "Question 5 of 11"
tap "Not sure about one"
for i, id in ipairs({ "rf01_saddle", "rf02_bladder" }) do
  expect_screen "question"
  expect("Question " .. (4 + i) .. " of 14") -- now four screens of the count, not one
  for _, q in ipairs(SAFETY) do if q[1] == id then expect(q[2]) end end
  expect "Not sure"
  expect(PRIVATE)
  tap(i == 1 and "No" or "Not sure")
end
expect_screen "urgent"
expect "new trouble peeing"
told_staff()

log("not sure about one: all four, then the next group")
safety(BACK, {}, nil, nil, false, true)     -- every group one by one, all "No"
assert(SAFETY_TAPS > 20, "one by one took only " .. SAFETY_TAPS .. " taps")
expect_screen "scene"
assert(not contains(list(), TODAY), "flags raised by a patient who said no one by one")
tap "Start over"

-- "In private" on a group with an urgent item: the urgent screen naming no topic.
log("in private on the cauda equina group")
safety(BACK, { rf01_saddle = PRIVATE, rf02_bladder = PRIVATE, rf03_bowel = PRIVATE,
               rf04_sexual = PRIVATE }, "rf01_saddle")
expect_screen "urgent"
expect "Please go to the desk now and ask to talk privately"
for _, w in ipairs({ "numbness", "bottom", "peeing", "poo", "sex" }) do expect_not(w) end
told_staff()

log("en privado en el grupo de la espalda")
safety_es(BACK, { rf01_saddle = PRIVATE, rf02_bladder = PRIVATE, rf03_bowel = PRIVATE,
                  rf04_sexual = PRIVATE }, "rf01_saddle")
expect_screen "urgent"
expect "Vaya ahora a recepción y pida hablar en privado"
expect_not "nalgas"
clear_urgent_es()

log("in private on the limbs group of an arm patient (a hot joint is urgent)")
safety(ARM, { rf23_joint = PRIVATE }, "rf23_joint")
-- one private, the others "No": one by one, so the urgent one is asked on its own
expect_screen "urgent"
expect "Please go to the desk now and ask to talk privately"
expect_not "joint"
told_staff()

log("in private on the infection group: today, no topic")
safety(KNEE, { rf13_drugs = PRIVATE, rf14_immune = PRIVATE, rf15_recent = PRIVATE })
expect_screen "scene"
local today = section(TODAY)
assert(contains(today, "I would like to talk to someone in private."), "no private line: " .. today)
for _, w in ipairs({ "drug", "inject", "germs", "infection", "spine" }) do
  assert(not contains(list(), w), "the list names the topic: " .. w)
end
tap "Start over"

-- Ticks answer Yes, the rest No: every rule reads them as before.
log("ticks: cancer and weight loss, night pain: today, with the pair named")
safety(BACK, { rf08_cancer = "Yes", rf09_weight = "Yes", rf10_night = "Yes" })
expect_screen "scene"
assert(contains(section(TODAY), "cancer"), "cancer not under today: " .. list())
assert(contains(section(TODAY), "weight"), "weight loss not under today: " .. list())
assert(not contains(list(), "fever"), "an unticked item is on the list")
tap "Start over"

-- A follow-up of a ticked item comes after the group, and the count grows by one.
log("a tick's follow-up, and the history")
safety(BACK, {}, "rf04_sexual")
expect_screen "group"
expect "Question 6 of 11"
tap "A weak leg, foot or arm: your foot drags or your knee gives way"
expect "Question 6 of 12"                   -- the follow-up counts once it applies
tap "Next"
expect_screen "question"
expect "Is the weakness getting worse day by day?"
expect "Question 7 of 12"
expect "A weak leg, foot or arm"            -- the tick, echoed in the history
expect "Answered"                           -- the private group: never its answer
expect_not "None of these"
tap "Back"                                  -- Back: the group, its tick kept
expect_screen "group"
expect "Question 6 of 12"
tap "A weak leg, foot or arm: your foot drags or your knee gives way" -- untick
expect "None of these"
tap "None of these"
expect_screen "group"
expect "Do you have any of these, or have you had them?"
tap "Start over"

-- The safety taps of a back patient who answers no to everything (the typical journey):
-- from the areas question to the mood answer. Before the groups: 26.
log("counting the safety taps of a no-flag back patient")
safety(BACK, {})
log("safety taps, no-flag back patient: " .. SAFETY_TAPS .. " (26 before the groups)")
assert(SAFETY_TAPS <= 12, "the safety part takes " .. SAFETY_TAPS .. " taps")
tap "Start over"
safety_es(BACK, {})
log("toques de seguridad, espalda sin señales: " .. SAFETY_TAPS)
assert(SAFETY_TAPS <= 12, "the Spanish safety part takes " .. SAFETY_TAPS .. " taps")
