-- clinic_private.lua -- "I'd rather tell someone in private", on any safety question, is
-- never urgent and puts one "today" line on the list that does not name the topic.
include "helpers_clinic.lua"

local PRIVATE = "I'd rather tell someone in private"
local LINE = "I would like to talk to someone in private."

local CASES = {
  -- areas, answers, words of the topic that must not be on the list
  { { "My back" }, { rf01_saddle = PRIVATE }, { "numb", "legs", "bottom", "bike" } },
  { { "My back" }, { rf02_bladder = PRIVATE, rf04_sexual = PRIVATE }, { "pee", "bladder", "private parts", "sex" } },
  { { "My leg, hip or knee" }, { rf13_drugs = PRIVATE }, { "drug", "inject", "health history" } },
  { { "My leg, hip or knee" }, { rf12_fever = "Yes", rf12_now = PRIVATE }, { "very ill" } },
  { { "My neck" }, { rf20_neck = PRIVATE }, { "headache", "speaking" } },
}
for i, c in ipairs(CASES) do
  log("in private: case " .. i)
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

-- In private on the mood follow-up (RF-26) too.
log("in private: RF-26")
safety({ "My leg, hip or knee" }, {})
tap "Skip this part"
tap "Start"
tap "Skip"                                       -- goals
tap "Skip"                                       -- sleep
tap "Skip"                                       -- pain wakes you
tap "Skip"                                       -- stress
expect "has pain left you feeling low"
tap "A little"
expect "Have you had thoughts of hurting yourself"
tap(PRIVATE)
expect_screen "question"
expect "What worries you most about your pain?"
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
