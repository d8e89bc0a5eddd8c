-- about_you.lua -- things the clinician should know (CONTENT.md section 4): sleep, stress,
-- mood, worries, fear of movement, guarding, beliefs about scans, goals, past injuries ...
-- Every question is optional and unscored, in our own words (no questionnaire items). An
-- answer that matters becomes a line, in plain words, under "Things I'd like my clinician
-- to know". The mood question is asked at the end of the safety questions (red_flags.lua),
-- where it leads to RF-26, so that skipping this part never skips it.
-- Notes print in the order written here: goals first. Clinical content: NOT YET REVIEWED.

scene "about_intro" {
  say "Now some questions about you. They help your clinician understand your pain.",
  say "Every question is optional. There are no right or wrong answers, and there is no score.",
  say "Some answers become notes on your list. You will see the list before you print it.",
  choice { "Start", go = "about_you" },
  choice { "Skip to my questions", go = "my_questions" },
}

-- ---- the questions ------------------------------------------------------------------------

question "goals" {
  text = "What would you most like to be able to do again? Pick up to 3.",
  options = {
    { "walk_further", "Walk further" },
    { "sleep_better", "Sleep better" },
    { "work", "Work" },
    { "sport_exercise", "Sport or exercise" },
    { "housework_gardening", "Housework or gardening" },
    { "play", "Play with children or grandchildren" },
    { "drive", "Drive" },
    { "other", "Something else" },
  },
  multiple = true,
}
question "goals_own" { text = "What would you like to do again? Type a few words.", typed = true, max = 200 }

question "sleep" {
  text = "How have you been sleeping over the last 2 weeks?",
  options = {
    { "good", "Good" },
    { "ok", "OK" },
    { "poor", "Poor" },
    { "very_poor", "Very poor" },
  },
}
question "sleep_wake" { text = "Does pain wake you up at night?", options = { { "yes", "Yes" }, { "no", "No" } } }

question "stress" {
  text = "How stressed have you felt lately?",
  scale = { 0, 10 }, low = "Not at all", high = "Very stressed",
}
question "stress_from" {
  text = "What is adding to your stress? Tap all that apply.",
  options = {
    { "work", "Work" },
    { "money", "Money" },
    { "family", "Family" },
    { "health", "Health" },
    { "other", "Something else" },
  },
  multiple = true,
}

-- Asked at the end of the safety questions (red_flags.lua); its notes are below.
question "mood" {
  text = "Lately, has pain left you feeling low, or made it hard to enjoy things?",
  options = { { "not_at_all", "Not at all" }, { "little", "A little" }, { "lot", "A lot" } },
}

question "worries" {
  text = "What worries you most about your pain? Tap all that apply.",
  options = {
    { "damaged", "Something is badly damaged" },
    { "never_better", "It will never get better" },
    { "need_operation", "I will need an operation" },
    { "lose_job", "I will lose my job" },
    { "other", "Something else" },
  },
  multiple = true,
}
question "worries_own" { text = "What else worries you? Type a few words.", typed = true, max = 200 }

question "avoid" {
  text = "Do you now avoid some things, because you worry they will hurt you or cause damage?",
  options = { { "yes", "Yes" }, { "no", "No" } },
}
question "avoid_what" {
  text = "Which ones? Tap all that apply.",
  options = {
    { "bending", "Bending" },
    { "lifting", "Lifting" },
    { "walking", "Walking" },
    { "sport", "Sport" },
    { "housework", "Housework" },
    { "sex", "Sex" },
    { "driving", "Driving" },
    { "other", "Something else" },
  },
  multiple = true,
}

question "guarding" {
  text = "To protect the sore area, do you do any of these? Tap all that apply.",
  options = {
    { "tense_up", "Tense up" },
    { "hold_breath", "Hold my breath" },
    { "move_stiffly", "Move stiffly" },
    { "brace", "Use a brace or support" },
    { "stick", "Use a walking stick" },
    { "none", "None of these" },
  },
  multiple = true,
}

question "cause_belief" { text = "What do you think is causing your pain? Type a few words.", typed = true, max = 200 }

question "scan_worry" {
  text = "Has anything you were told about a scan or X-ray worried you?",
  options = { { "yes", "Yes" }, { "no", "No" }, { "no_scan", "I have not had one" } },
}
question "scan_words" { text = "What were you told? Type a few words.", typed = true, max = 200 }

question "expect" {
  text = "How sure are you that your pain can get better?",
  scale = { 0, 10 }, low = "Not sure at all", high = "Completely sure",
}

question "past" {
  text = "Have you had other injuries or operations before? Or pain that lasted a long time?",
  options = { { "yes", "Yes" }, { "no", "No" } },
}
question "past_words" { text = "How did they go? Type a few words.", typed = true, max = 200 }

question "tried" {
  text = "What have you tried for this pain so far? Tap all that apply.",
  options = {
    { "rest", "Rest" },
    { "exercise", "Exercise" },
    { "pain_medicines", "Pain medicines" },
    { "heat_ice", "Heat or ice" },
    { "hands_on", "Massage or hands-on care" },
    { "injections", "Injections" },
    { "operation", "An operation" },
    { "other", "Something else" },
  },
  multiple = true,
}
question "tried_helped" { text = "What helped, and what did not? Type a few words.", typed = true, max = 200 }

question "boom_bust" {
  text = "On good days, do you do a lot, and then pay for it later?",
  options = { { "often", "Often" }, { "sometimes", "Sometimes" }, { "rarely", "Rarely" } },
}

question "roles" {
  text = "Is pain making any of these harder? Tap all that apply.",
  options = {
    { "work", "Work" },
    { "study", "Study" },
    { "caring_others", "Caring for others" },
    { "housework", "Housework" },
    { "none", "None of these" },
  },
  multiple = true,
}
question "off_work" {
  text = "Are you off work because of your pain right now?",
  options = { { "yes", "Yes" }, { "no", "No" }, { "not_work", "I do not work" } },
}

question "people" {
  text = "Who helps you at home? How do people around you react to your pain? Type a few words.",
  typed = true, max = 200,
}
question "medicines" {
  text = "What do you take for your pain? Do you have any worries about it? Type a few words.",
  typed = true, max = 200,
}
question "conditions" {
  text = "Do you have any other health problems we should know about? Type a few words.",
  typed = true, max = 200,
}

question "life_events" {
  text = "Have big or upsetting events in your life affected you lately? You can skip this.",
  options = { { "yes", "Yes" }, { "no", "No" }, { "private", "I'd rather talk in private" } },
}

-- ---- the order ----------------------------------------------------------------------------

-- The order is what the clinician most needs first (issue 12: fewer taps): goals, worries,
-- fear and avoidance, sleep, stress, expectations. Follow-ups only where the answer matters
-- (pain waking at night after poor sleep; what adds to stress at 5 or more, when it becomes a
-- note). The rest is behind "a few more questions". Every question still has its note.
scene "about_you" {
  ask "goals",
  ask "goals_own" { when = answered("goals", "other") },
  ask "worries",
  ask "worries_own" { when = answered("worries", "other") },
  ask "avoid",
  ask "avoid_what" { when = answered("avoid", "yes") },
  ask "sleep",
  ask "sleep_wake" { when = answered("sleep", "poor", "very_poor") },
  ask "stress",
  ask "stress_from" { when = at_least("stress", 5) },
  ask "expect",
  go = "about_more",
}

scene "about_more" {
  say "Thank you. There are a few more questions, about your health, your daily life and what you have tried.",
  choice { "Answer them", go = "about_more_questions" },
  choice { "Go to my questions", go = "my_questions" },
}

scene "about_more_questions" {
  ask "scan_worry",
  ask "scan_words" { when = answered("scan_worry", "yes") },
  ask "cause_belief",
  ask "guarding",
  ask "past",
  ask "past_words" { when = answered("past", "yes") },
  ask "tried",
  ask "tried_helped" { when = answered("tried") },
  ask "boom_bust",
  ask "roles",
  ask "off_work" { when = answered("roles", "work") },
  ask "people",
  ask "medicines",
  ask "conditions",
  ask "life_events",
  go = "my_questions",
}

-- ---- notes: what prints under "Things I'd like my clinician to know" ----------------------

note "goals" { when = answered("goals"), text = "What I would most like to do again: {answer:goals}." }
note "goals_own" { when = answered("goals_own"), text = "My goal, in my words: {answer:goals_own}" }

note "sleep_poor" { when = answered("sleep", "poor"), text = "My sleep has been poor over the last 2 weeks." }
note "sleep_very_poor" { when = answered("sleep", "very_poor"), text = "My sleep has been very poor over the last 2 weeks." }
note "sleep_wake" { when = answered("sleep_wake", "yes"), text = "Pain wakes me up at night." }

note "stress" { when = at_least("stress", 5), text = "How stressed I have felt lately: {answer:stress} out of 10." }
note "stress_from" {
  when = answered("stress_from"), text = "Things adding to my stress: {answer:stress_from}.",
}

note "mood_little" { when = answered("mood", "little"), text = "Pain has left me feeling a little low lately." }
note "mood_lot" { when = answered("mood", "lot"), text = "Pain has left me feeling very low lately." }

note "worry_damage" {
  when = answered("worries", "damaged"),
  text = "I worry that something is badly damaged.",
}
note "worry_never" {
  when = answered("worries", "never_better"),
  text = "I worry that my pain will never get better.",
}
note "worry_operation" {
  when = answered("worries", "need_operation"),
  text = "I worry that I will need an operation.",
}
note "worry_job" { when = answered("worries", "lose_job"), text = "I worry that I will lose my job." }
note "worries_own" { when = answered("worries_own"), text = "Another worry: {answer:worries_own}" }

note "avoid" {
  when = answered("avoid", "yes"),
  text = "I avoid some things, because I worry they will hurt me or cause damage.",
}
note "avoid_what" { when = answered("avoid_what"), text = "Things I avoid: {answer:avoid_what}." }

note "guarding" {
  when = answered("guarding", "tense_up", "hold_breath", "move_stiffly", "brace",
                  "stick"),
  text = "What I do to protect the sore area: {answer:guarding}.",
}

note "cause_belief" { when = answered("cause_belief"), text = "What I think is causing my pain: {answer:cause_belief}" }

note "scan_worry" {
  when = answered("scan_worry", "yes"),
  text = "Something I was told about a scan or X-ray worried me.",
}
note "scan_words" { when = answered("scan_words"), text = "What I was told: {answer:scan_words}" }

note "expect" {
  when = at_most("expect", 5),
  text = "How sure I am that my pain can get better: {answer:expect} out of 10.",
}

note "past" {
  when = answered("past", "yes"),
  text = "I have had other injuries or operations. Or I have had pain that lasted a long time.",
}
note "past_words" { when = answered("past_words"), text = "How they went: {answer:past_words}" }

note "tried" { when = answered("tried"), text = "What I have tried so far: {answer:tried}." }
note "tried_helped" { when = answered("tried_helped"), text = "What helped, and what did not: {answer:tried_helped}" }

note "boom_bust_often" {
  when = answered("boom_bust", "often"),
  text = "On good days I often do a lot, and then pay for it later.",
}
note "boom_bust_sometimes" {
  when = answered("boom_bust", "sometimes"),
  text = "On good days I sometimes do a lot, and then pay for it later.",
}

note "roles" {
  when = answered("roles", "work", "study", "caring_others", "housework"),
  text = "Pain is making these harder: {answer:roles}.",
}
note "off_work" { when = answered("off_work", "yes"), text = "I am off work because of my pain right now." }

note "people" { when = answered("people"), text = "The people around me: {answer:people}" }
note "medicines" { when = answered("medicines"), text = "What I take for my pain: {answer:medicines}" }
note "conditions" { when = answered("conditions"), text = "My other health problems: {answer:conditions}" }

note "life_events" {
  when = answered("life_events", "yes"),
  text = "Big or upsetting events in my life have affected me lately.",
}
note "life_events_private" {
  when = answered("life_events", "private"),
  text = "There is something I would like to talk about in private.",
}
