-- questions.lua -- the question bank (CONTENT.md 3.2: 37 questions in 9 themes, our own
-- wording) and the screen where the patient picks up to 5 and types up to 3 of their own.
-- Theme C follows the three AskShareKnow questions (Shepherd et al. 2011), in our words.
--
-- suggest: the answers about you that make a question likely to help (issue 12). The first 3
-- that hold, in the order of this file, are ticked for the patient and shown first under
-- "Suggested for you"; the patient can untick them. For the clinical lead to check: which
-- answers suggest which questions.

local A = "Understanding my pain"
local B = "Scans and tests"
local C = "Choosing my care"
local D = "Movement and activity"
local E = "Flare-ups and looking after myself"
local F = "Work, daily life and goals"
local G = "Medicines and other treatments"
local H = "Worries and past experiences"
local I = "Warning signs and next steps"

prompt "q01" { topic = A, text = "What do you think is the main cause of my pain?" }
prompt "q02" { topic = A, text = "Is there anything serious going on? How can you tell?",
  suggest = answered("worries", "damaged") }
prompt "q03" { topic = A, text = "What is likely to happen over the next few weeks and months?",
  suggest = answered("worries", "never_better") }
prompt "q04" { topic = A, text = "Why does my pain change so much from day to day?" }
prompt "q05" { topic = A, text = "Why does it still hurt, if the injury should have healed by now?" }
prompt "q06" { topic = A, text = "Could my nerves be extra sensitive? What helps with that?" }

prompt "q07" { topic = B, text = "Do I need a scan or test? What would the result change about my care?" }
prompt "q08" { topic = B, text = "Can you explain the words on my scan report in plain words?" }
prompt "q09" { topic = B, text = "Are the things on my scan common in people my age who have no pain?",
  suggest = answered("scan_worry", "yes") }
prompt "q10" { topic = B, text = "What are the downsides of having a scan I don't need?" }

prompt "q11" { topic = C, text = "What are my choices? Is waiting and seeing one of them?" }
prompt "q12" { topic = C, text = "What are the good and bad points of each choice?" }
prompt "q13" { topic = C, text = "How likely are those good and bad points for someone like me?" }
prompt "q14" { topic = C, text = "What will this treatment involve? When might I notice a change?" }
prompt "q15" { topic = C, text = "What can I do myself between visits?" }

prompt "q16" { topic = D, text = "Which movements and activities are safe for me right now?",
  suggest = answered("avoid", "yes") }
prompt "q17" { topic = D, text = "How much pain during exercise is OK? When should I ease off?" }
prompt "q18" { topic = D, text = "How can I build up my activity without a big flare-up?" }
prompt "q19" { topic = D, text = "Is it safe for me to bend and lift?",
  suggest = answered("avoid_what", "bending", "lifting") }
prompt "q20" { topic = D, text = "When can I get back to my sport, hobby, or other things I enjoy?",
  suggest = answered("goals", "sport_exercise") }

prompt "q21" { topic = E, text = "What should I do if I have a flare-up?",
  suggest = answered("boom_bust", "often") }
prompt "q22" { topic = E, text = "How can I tell a normal flare-up from something that needs a check?" }
prompt "q23" { topic = E, text = "What can help me sleep better when I'm in pain?",
  suggest = answered("sleep", "poor", "very_poor") }
prompt "q24" { topic = E, text = "How do stress and worry affect my pain? What can help?",
  suggest = at_least("stress", 7) }

prompt "q25" { topic = F, text = "How can I keep working, or get back to work, safely?",
  suggest = any(answered("worries", "lose_job"), answered("goals", "work"), answered("off_work", "yes")) }
prompt "q26" { topic = F, text = "What is a realistic goal for the next month?" }
prompt "q27" { topic = F, text = "How will we know if the treatment is working?" }

prompt "q28" { topic = G, text = "Could any of my medicines affect my pain, sleep or mood? (A doctor or pharmacist may need to answer.)" }
prompt "q29" { topic = G, text = "Is there any treatment I should avoid?" }
prompt "q30" { topic = G, text = "Would an injection or an operation help me? Why or why not?",
  suggest = answered("worries", "need_operation") }

prompt "q31" { topic = H, text = "I'm afraid of hurting myself again. Can we talk about that?",
  suggest = answered("avoid", "yes") }
prompt "q32" { topic = H, text = "An old injury or operation still worries me. Does it matter now?" }
prompt "q33" { topic = H, text = "I was told my back or joint is \"worn out\". Is that true?" }

prompt "q34" { topic = I, text = "Which warning signs mean I should get help straight away?" }
prompt "q35" { topic = I, text = "Who can I contact if I have questions before my next visit?" }
prompt "q36" { topic = I, text = "What should I do before our next appointment?" }
prompt "q37" { topic = I, text = "Can you write down the main points for me?" }

scene "my_questions" {
  say "Now let's make a list of questions to ask. Your clinician welcomes them.",
  say "Tap the questions that matter to you. You can also type up to 3 of your own.",
  pick_prompts { max = 5, typed = 3 },
  go = "my_list",
}
