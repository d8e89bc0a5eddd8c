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

-- In private on the mood follow-up (RF-26) too: the "now" question is still asked.
log("in private: RF-26")
safety({ "My leg, hip or knee" }, { mood = "A little", rf26_thoughts = PRIVATE }, "rf26_thoughts")
expect "Are you having these thoughts now?"
tap "No"
expect "That is the end of the safety questions."
assert(contains(section(TODAY), LINE), "RF-26 in private: no private line")
assert(not contains(section(TODAY) .. section(MENTION), "feeling"), "RF-26 in private: the list names the topic")
