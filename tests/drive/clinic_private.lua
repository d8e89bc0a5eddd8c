-- clinic_private.lua -- "I'd rather tell someone in private": on an urgent safety question it
-- is urgent too, with a screen that names no topic ("ask to talk privately"), in English and
-- Spanish; on any other safety question it is not urgent, and puts one "today" line on the
-- list that does not name the topic.
include "helpers_clinic.lua"

local PRIVATE = "I'd rather tell someone in private"
local LINE = "I would like to talk to someone in private."
local URGENT_PRIVATE = "Please go to the desk now and ask to talk privately"

-- Every urgent question: areas that ask it, answers before it (to reach it), words of its
-- topic that must not be on the urgent screen.
local URGENT = {
  { "rf01_saddle", { "My back" }, {}, { "numbness", "bottom", "bike" } },
  { "rf02_bladder", { "My back" }, {}, { "peeing", "bladder" } },
  { "rf03_bowel", { "My back" }, {}, { "bowels", "poo" } },
  { "rf04_sexual", { "My back" }, {}, { "private parts", "sex" } },
  { "rf06_worse", { "My back" }, { rf06_weak = "Yes" }, { "weakness" } },
  { "rf12_now", { "My leg, hip or knee" }, { rf12_fever = "Yes" }, { "very ill" } },
  { "rf19_severe", { "My back" }, { rf19_belly = "Yes" }, { "belly" } },
  { "rf20_stroke", { "My leg, hip or knee" }, {}, { "speaking", "headache" } },
  { "rf20_neck", { "My neck" }, {}, { "speaking", "headache" } },
  { "rf21_heart", { "My back" }, {}, { "chest" } },
  { "rf22_breath", { "My leg, hip or knee" }, { rf22_leg = "Yes" }, { "breathing", "chest" } },
  { "rf23_joint", { "My arm or shoulder" }, {}, { "joint" } },
  { "rf26_now", { "My leg, hip or knee" }, { mood = "A lot", rf26_thoughts = "Yes" }, { "cope", "crisis" } },
}
for _, c in ipairs(URGENT) do
  log("in private, urgent: " .. c[1])
  local answers = {}
  for k, v in pairs(c[3]) do answers[k] = v end
  answers[c[1]] = PRIVATE
  safety(c[2], answers, c[1])
  expect_screen "urgent"
  expect(URGENT_PRIVATE)
  for _, w in ipairs(c[4]) do expect_not(w) end
  told_staff()
end

log("en privado, urgente, en español: el pecho")
safety_es({ "My back" }, { rf21_heart = PRIVATE }, "rf21_heart")
expect_screen "urgent"
expect "Vaya ahora a recepción y pida hablar en privado"
expect_not "pecho"
tap "Ya he pedido ayuda"
expect_screen "urgent"
expect "Alguien de recepción vendrá a verle."
tap "Personal: borrar esta pantalla"
expect_screen "staff"
for d in ("1357"):gmatch("%d") do tap(d) end
expect_screen "attract"

-- Other questions: today, no topic.
local CASES = {
  -- areas, answers, words of the topic that must not be on the list
  { { "My back" }, { rf05_both_legs = PRIVATE }, { "legs", "numbness" } },
  { { "My leg, hip or knee" }, { rf13_drugs = PRIVATE }, { "drug", "inject", "health history" } },
  { { "My leg, hip or knee" }, { rf08_cancer = PRIVATE, rf09_weight = PRIVATE }, { "cancer", "weight" } },
  { { "My neck" }, { rf07_clumsy = PRIVATE }, { "hands", "walking" } },
}
for i, c in ipairs(CASES) do
  log("in private, today: case " .. i)
  safety(c[1], c[2])
  expect_screen "scene"                          -- not the urgent screen
  expect "Some of your answers need a check today."
  local l = list()
  local flags = section(TODAY) .. section(MENTION)
  assert(contains(flags, LINE), "no private line under today")
  for _, w in ipairs(c[3]) do
    assert(not contains(flags, w), "the list names the topic: '" .. w .. "'")
  end
  local _, count = l:gsub(LINE:gsub("%p", "%%%0"), "")
  assert(count == 1, "the private line is on the list " .. count .. " times")
  tap "Start over"
end

-- In private on the mood follow-up (RF-26) too: the "now" question is still asked.
log("in private: RF-26")
safety({ "My leg, hip or knee" }, { mood = "A little", rf26_thoughts = PRIVATE }, "rf26_thoughts")
expect "Are you having these thoughts now?"
tap "No"
expect "That is the end of the safety questions."
assert(contains(section(TODAY), LINE), "RF-26 in private: no private line")
assert(not contains(section(TODAY) .. section(MENTION), "feeling"), "RF-26 in private: the list names the topic")

-- The chat history never shows the answer to a private question (issue 12): "Answered"
-- stands in for it, under the question, on a screen in a public waiting room.
log("in private: the history")
tap "Start over"
safety({ "My leg, hip or knee" }, { rf13_drugs = PRIVATE })
expect_screen "scene"
expect "Have you ever injected drugs"            -- the question is in the history ...
expect "Answered"                                -- ... its answer is not
expect_not(PRIVATE)
tap "Start over"
