// Trigger patterns of the built-in event types on short news sentences of our own wording: verb,
// noun and phrase forms, and sentences that must not give the event (topic nouns, negation,
// words inside hyphenated compounds).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "dipline/pipeline.h"
#include "test_util.h"

namespace dipline {
namespace {

const Extractor& extractor() { return test::builtin_extractor(); }

Timeline extract_text(const std::string& body) {
  auto a = parse_article(SourceText{"t.txt", body + "\n"}, CalendarDate::ymd(2022, 2, 14));
  EXPECT_TRUE(a.ok());
  return extractor().extract(*a);
}

std::string dump(const Timeline& t) {
  std::ostringstream os;
  for (const auto& e : t.events) {
    os << "  " << e.type << " [";
    for (const auto& a : e.actors) os << a << " ";
    os << "]\n";
  }
  return os.str();
}

// An event of `type` whose agent is `agent` (and which names `other`, when given).
bool has(const Timeline& t, std::string_view type, std::string_view agent,
         std::string_view other = {}) {
  return std::any_of(t.events.begin(), t.events.end(), [&](const Event& e) {
    return e.type == type && !e.actors.empty() && e.actors.front() == agent &&
           (other.empty() || std::find(e.actors.begin(), e.actors.end(), other) != e.actors.end());
  });
}

bool has_type(const Timeline& t, std::string_view type) {
  return std::any_of(t.events.begin(), t.events.end(),
                     [&](const Event& e) { return e.type == type; });
}

struct Case {
  const char* text;
  const char* type;
  const char* agent;
  const char* other;
};

void expect_all(std::initializer_list<Case> cases) {
  for (const auto& c : cases) {
    Timeline t = extract_text(c.text);
    EXPECT_TRUE(has(t, c.type, c.agent, c.other ? c.other : ""))
        << c.text << "\nwanted " << c.type << " by " << c.agent << ", got:\n"
        << dump(t);
  }
}

void expect_none(std::initializer_list<std::pair<const char*, const char*>> cases) {
  for (const auto& [text, type] : cases) {
    Timeline t = extract_text(text);
    EXPECT_FALSE(has_type(t, type)) << text << "\nunwanted " << type << ", got:\n" << dump(t);
  }
}

TEST(Triggers, ConsultMeetingsCallsVisits) {
  expect_all({
      {"French President Emmanuel Macron held talks with Russian President Vladimir Putin in "
       "Geneva on Monday.",
       "meeting", "emmanuel-macron", "vladimir-putin"},
      {"Chinese President Xi Jinping met with Joe Biden on the sidelines of the meeting on Monday.",
       "meeting", "xi-jinping", "joe-biden"},
      {"Olaf Scholz sat down with Volodymyr Zelenskyy in Munich on Monday.", "visit",
       "volodymyr-zelensky", "olaf-scholz"},
      {"Joe Biden spoke with Olaf Scholz by telephone on Sunday.", "phone-call", "joe-biden",
       "olaf-scholz"},
      {"Emmanuel Macron had a call with Vladimir Putin on Saturday, the Elysee said.", "phone-call",
       "emmanuel-macron", "vladimir-putin"},
      {"Boris Johnson held a video conference with Volodymyr Zelenskyy on Monday.", "phone-call",
       "boris-johnson", "volodymyr-zelensky"},
      {"Antony Blinken will travel to Berlin on Wednesday.", "visit", "antony-blinken", nullptr},
      {"Olaf Scholz left for Moscow on Monday.", "visit", "olaf-scholz", nullptr},
      {"Emmanuel Macron paid a surprise visit to Kyiv on Monday.", "visit", "emmanuel-macron",
       nullptr},
      {"Olaf Scholz landed in Kyiv on Monday for his first trip as chancellor.", "visit",
       "olaf-scholz", nullptr},
      {"Vladimir Putin hosted Emmanuel Macron at the Kremlin on Monday.", "hosting",
       "vladimir-putin", "emmanuel-macron"},
      {"The United States conferred in Geneva on Monday about security guarantees.", "consultation",
       "united-states", nullptr},
      {"Antony Blinken consulted with Sergey Lavrov on Monday about the crisis.", "consultation",
       "antony-blinken", "sergey-lavrov"},
      {"Emmanuel Macron hosted a summit of European leaders in Paris on Monday.", "summit",
       "emmanuel-macron", nullptr},
      {"Turkey offered to mediate between Russia and Ukraine on Monday.", "intent-to-meet",
       "turkey", nullptr},
  });
  expect_none({
      {"The talks were the main topic of the conference in Munich on Monday.", "meeting"},
      {"Vladimir Putin did not meet Emmanuel Macron on Monday.", "meeting"},
      {"Officials said the planned visit was a sign of goodwill on Monday.", "visit"},
      {"Turkey, which is seeking to mediate the crisis, said on Monday that it was ready.",
       "mediation"},
  });
}

TEST(Triggers, AgreementsAndRelations) {
  expect_all({
      {"Israel signed a peace agreement with the United Arab Emirates on Monday.", "agreement",
       "israel", nullptr},
      {"Russia reached a ceasefire deal with Ukraine on Monday, officials said.", "agreement",
       "russia", nullptr},
      {"Finland joined NATO on Monday, ending decades of neutrality.", "agreement", "finland",
       "nato"},
      {"Montenegro became a full member of NATO on Monday.", "agreement", "montenegro", "nato"},
      {"Saudi Arabia agreed to restore diplomatic ties with Iran on Monday.",
       "restoration-of-relations", "saudi-arabia", nullptr},
      {"Israel announced the normalization of relations with Morocco on Monday.",
       "restoration-of-relations", "israel", nullptr},
      {"Russia said on Monday that it was ready to hold talks with the United States.",
       "intent-to-meet", "russia", nullptr},
      {"Turkey invited Vladimir Putin to visit Ankara on Monday.", "intent-to-meet", "turkey",
       "vladimir-putin"},
      {"Russia resumed negotiations with Ukraine on Monday in Istanbul.", "negotiation", "russia",
       nullptr},
  });
  expect_none({
      {"The agreement was discussed by experts at a seminar on Monday.", "agreement"},
      {"Analysts said on Monday that negotiations would be difficult.", "negotiation"},
  });
}

TEST(Triggers, DiplomaticSanctions) {
  expect_all({
      {"Poland expelled two Russian diplomats on Monday.", "expulsion", "poland", nullptr},
      {"Germany declared four Russian diplomats persona non grata on Monday.", "expulsion",
       "germany", nullptr},
      {"Lithuania recalled its ambassador to China on Monday.", "ambassador-recall", "lithuania",
       nullptr},
      {"Canada closed its embassy in Kyiv on Monday.", "embassy-closure", "canada", nullptr},
      {"The United States ordered the departure of non-emergency staff from its embassy in Kyiv "
       "on Saturday.",
       "evacuation", "united-states", nullptr},
      {"The European Union imposed sanctions on Russia on Monday.", "sanction", "european-union",
       "russia"},
      {"Canada froze the assets of Russian oligarchs on Monday.", "sanction", "canada", nullptr},
      {"Japan banned imports from Russia on Monday.", "sanction", "japan", nullptr},
      {"The United States was blocking Iranian oil exports on Monday, officials said.", "sanction",
       "united-states", nullptr},
      {"Turkey closed its airspace to Russian planes on Monday.", "sanction", "turkey", nullptr},
      {"The United States lifted sanctions on Venezuela on Monday.", "concession", "united-states",
       nullptr},
  });
  expect_none({
      {"Trade continued despite the UN-ordered sanctions on Monday, officials said.", "sanction"},
      {"Officials debated the enforcement of international sanctions on Monday.", "sanction"},
  });
}

TEST(Triggers, ForceAndCoercion) {
  expect_all({
      {"Russia deployed troops to the border with Ukraine on Monday.", "military-buildup", "russia",
       nullptr},
      {"Russia has massed more than 100,000 troops near Ukraine.", "military-buildup", "russia",
       nullptr},
      {"Russia withdrew some forces from Crimea on Tuesday.", "military-withdrawal", "russia",
       nullptr},
      {"Israel launched air strikes on Gaza on Monday.", "assault", "israel", nullptr},
      {"Russia shelled Kharkiv on Monday, officials said.", "assault", "russia", nullptr},
      {"Russian forces fired missiles at Kyiv on Monday.", "assault", "russia", nullptr},
      {"Iran test-fired a ballistic missile on Monday.", "military-exercise", "iran", nullptr},
      {"China held joint naval drills with Russia on Monday.", "military-exercise", "china",
       nullptr},
      {"Hamas claimed responsibility for the bombing in Jerusalem on Monday.", "bombing", "hamas",
       nullptr},
      {"Turkey arrested 20 suspects on Monday after the attack.", "arrest", "turkey", nullptr},
      {"Iran detained two French nationals on Monday.", "arrest", "iran", nullptr},
      {"India released 200 Pakistani prisoners on Monday.", "release", "india", nullptr},
      // A time phrase inside the verb phrase.
      {"Armenia and Azerbaijan agreed on Tuesday to resume talks.", "intent-to-meet", "armenia",
       "azerbaijan"},
      {"Blinken met on Friday with Wang Yi in Munich.", "meeting", "antony-blinken", "wang-yi"},
      {"Ukraine summoned Iran's charge d'affaires on Monday.", "criticism", "ukraine", "iran"},
      {"The United States and Iran held a fourth round of indirect talks on Sunday.", "negotiation",
       "united-states", "iran"},
      {"Turkey offered to host talks between Russia and Ukraine on Monday.", "intent-to-meet",
       "turkey", "russia"},
      {"Iran seized a British tanker in the Gulf on Friday.", "coercion", "iran", nullptr},
      {"Turkey launched an investigation into the killing on Monday.", "investigation", "turkey",
       nullptr},
      {"Pakistan handed over the suspect to Kenya on Friday.", "cooperation", "pakistan", "kenya"},
      {"Iraq allowed UN weapons inspectors into the palace on Friday.", "inspection-access", "iraq",
       nullptr},
  });
  expect_none({
      {"She laid flowers at the bombed embassy on Monday.", "assault"},
      {"He visited the bomb-hit embassy in Nairobi on Monday.", "assault"},
      {"Russia did not deploy troops on Monday, officials said.", "military-buildup"},
      {"Leaders discussed arresting the terrorists on Monday.", "arrest"},
  });
}

TEST(Triggers, AidAndSupport) {
  expect_all({
      {"Japan pledged $ 100 million in humanitarian aid to Ukraine on Monday.", "aid", "japan",
       nullptr},
      {"Germany sent medical supplies to Ukraine on Monday.", "aid", "germany", nullptr},
      {"The United States offered to help Ukraine on Monday.", "aid", "united-states", nullptr},
      {"Poland praised the decision on Monday.", "support", "poland", nullptr},
      {"Britain pledged to stand with Ukraine on Monday.", "support", "united-kingdom", "ukraine"},
      {"Germany welcomed the agreement on Monday.", "support", "germany", nullptr},
  });
}

TEST(Triggers, SpeechActs) {
  expect_all({
      {"Ukraine condemned the attack on Monday.", "criticism", "ukraine", nullptr},
      {"Iran denounced the sanctions on Monday.", "criticism", "iran", nullptr},
      {"Russia accused NATO of aggression on Monday.", "accusation", "russia", "nato"},
      {"China blamed the United States for the tensions on Monday.", "accusation", "china",
       "united-states"},
      {"Antony Blinken urged Russia to pull back its troops on Monday.", "appeal", "antony-blinken",
       "russia"},
      {"France called for a ceasefire on Monday.", "appeal", "france", nullptr},
      {"Russia threatened to cut gas supplies to Europe on Monday.", "threat", "russia", nullptr},
      {"Israel said on Monday that it would strike Iran if talks failed.", "threat", "israel",
       nullptr},
      {"The United States warned Russia of severe consequences on Monday.", "threat",
       "united-states", nullptr},
      {"Russia rejected the proposal on Monday.", "rejection", "russia", nullptr},
      {"Iran refused to sign the agreement on Monday.", "rejection", "iran", nullptr},
      {"Russia denied that it plans to invade Ukraine on Monday.", "denial", "russia", nullptr},
      {"China dismissed the accusations on Monday.", "denial", "china", nullptr},
      {"Iran denied sending drones to Russia on Monday.", "denial", "iran", nullptr},
      {"Ukraine demanded the withdrawal of Russian troops on Monday.", "demand", "ukraine",
       nullptr},
  });
  expect_none({
      {"Officials on Monday refused to comment, and they refused to provide details.", "rejection"},
      {"Russia says it has no plans to invade, but its demands remain on the table.", "demand"},
      {"The danger of war was highlighted on Monday by analysts.", "threat"},
  });
}

// Forms met in outlets the rules were not written from (twelfth session).
TEST(Triggers, MoreWireForms) {
  expect_all({
      {"The AU Peace and Security Council is to meet on Tuesday to consider the plan.", "meeting",
       "african-union", nullptr},
      {"South Sudan's president on Friday ordered his army to withdraw from the town within "
       "three days.",
       "military-withdrawal", "south-sudan", nullptr},
      {"Uruguay on Friday shut the international bridge to Argentina until further notice.",
       "sanction", "uruguay", nullptr},
      {"In January South Sudan shut down its entire oil output in a row over fees.", "sanction",
       "south-sudan", nullptr},
      {"Indian police arrested two Italian marines on Sunday.", "arrest", "india", nullptr},
      {"Ban Ki-moon on Thursday described the seizure of the town as an illegal act.", "criticism",
       "ban-ki-moon", nullptr},
      {"Sudan's parliament on Monday voted to declare South Sudan an enemy.", "criticism", "sudan",
       "south-sudan"},
      {"Sudanese President Omar al-Bashir said on Friday there would be no more negotiations with "
       "Juba.",
       "rejection", "omar-hassan-al-bashir", nullptr},
      {"Sudanese President Omar al-Bashir vowed on Friday to teach the South a final lesson.",
       "threat", "omar-hassan-al-bashir", nullptr},
      {"The State Department warned on Friday that the United States would consider further "
       "measures against Sudan.",
       "threat", "us-state-department", nullptr},
      {"Pakistani troops and militants occupied heights on the Indian side in May.", "assault",
       "pakistan", nullptr},
      {"Saudi Arabia cut ties with Qatar on Monday.", "sanction", "saudi-arabia", "qatar"},
      {"India and Pakistan traded fire across the Line of Control on Monday.", "assault", "india",
       "pakistan"},
      {"The Group of 20 summit in Nusa Dua closed on Wednesday with a leaders' declaration.",
       "summit", "g20", nullptr},
      {"China expelled a Japanese diplomat, saying on Monday that he had been spying.", "expulsion",
       "china", "japan"},
      {"Minutes later King Abdullah got up and left the hall while the Syrian president was "
       "speaking on Monday.",
       "protest", "abdullah-ii-of-jordan", nullptr},
      {"Information Minister Sushma Swaraj said on Monday that the remarks were most unhelpful.",
       "criticism", "sushma-swaraj", nullptr},
      // (The lexicon knows who held the office on the day.)
      {"Pakistan's foreign minister said on Monday that the summit had been sabotaged by "
       "hardliners in New Delhi.",
       "accusation", "shah-mehmood-qureshi", nullptr},
      {"Malaysia on Monday barred all North Korean citizens in the country from leaving.",
       "coercion", "malaysia", "north-korea"},
      {"The Indian Supreme Court on Monday ordered Italy's ambassador not to leave the country.",
       "coercion", "india", "italy"},
      {"Emir Tamim was greeted on the tarmac on Monday by Saudi Crown Prince Mohammed bin Salman.",
       "hosting", "mohammed-bin-salman", "tamim-bin-hamad-al-thani"},
      {"Keir Starmer said on Monday he would ask for a meeting with Emmanuel Macron.",
       "intent-to-meet", "keir-starmer", nullptr},
      {"China said on Monday that its cooperation with Fiji does not target any third party.",
       "denial", "china", nullptr},
      {"Sudan was the first country to recognise South Sudan, on July 8 last year.", "support",
       "sudan", "south-sudan"},
      {"Indian and Pakistani troops traded machine-gun and mortar fire across the Line of "
       "Control on Sunday night.",
       "assault", "india", "pakistan"},
      {"Narendra Modi welcomed the marines' return on Friday.", "support", "narendra-modi",
       nullptr},
      {"President K R Narayanan hosted a banquet for Gen Pervez Musharraf on Saturday night.",
       "hosting", "k-r-narayanan", "pervez-musharraf"},
      {"Salman Khurshid had assured Rome in writing on Thursday that the case carried no death "
       "penalty.",
       "statement", "salman-khurshid", "italy"},
      {"Antony Blinken welcomed the declaration on Monday.", "support", "antony-blinken", nullptr},
      {"Saudi Arabia on Monday handed Qatar a list of 13 demands.", "demand", "saudi-arabia",
       nullptr},
      {"Qatar rejected the list on Monday as an assault on its sovereignty.", "rejection", "qatar",
       nullptr},
  });
  expect_none({
      {"Migrants threw stones at the closed border crossing on Monday.", "sanction"},
      {"Students demanded on Monday that universities cut ties with Israeli institutions.",
       "expulsion"},
      {"The two sides blamed each other for an exchange of fire on the border on Monday.",
       "assault"},
      {"Russia does not recognise the jurisdiction of the court.", "support"},
      {"India on Monday ordered Italy's ambassador not to leave the country.", "expulsion"},
      // Lookalikes a review found for this session's rules.
      {"Joe Biden left the room as reporters shouted questions on Monday.", "protest"},
      {"The Kremlin said on Monday the weather was most unhelpful for the harvest.", "criticism"},
      {"Iran said on Monday the summit's website was sabotaged by hackers.", "accusation"},
      {"Antony Blinken was met at the airport by Saudi officials on Monday.", "hosting"},
      {"Thousands of Britons face an exit ban after the rules change.", "coercion"},
      {"Benjamin Netanyahu ordered his ministers not to leave Israel on Monday.", "coercion"},
      {"Serbia does not recognise Kosovo, the president said on Monday.", "support"},
      {"Argentina refused on Monday to cut ties with Venezuela.", "expulsion"},
      {"The EU has not welcomed the declaration, Josep Borrell said on Monday.", "support"},
      {"Russian forces seized a tanker from Ukraine on Monday.", "assault"},
      {"Protesters gathered on Tuesday ahead of a visit to Beijing by German Chancellor Olaf "
       "Scholz.",
       "visit"},
      {"The US delegation on Monday rebuffed an Iranian request for a one-on-one meeting with "
       "Wendy Sherman.",
       "intent-to-meet"},
      {"Mark Ellison, center, is greeted by US and Qatari officials after landing at Doha on "
       "Tuesday\nQatar Ministry of Foreign Affairs via AP",
       "hosting"},
      {"Iranian forces seized a British-flagged tanker on Friday.", "assault"},
      {"India's foreign ministry described the incident as deeply regrettable on Monday.",
       "criticism"},
  });
}

// Verb frames written with <verb> in the lexicon, and what statements say.
TEST(Triggers, VerbFramesAndWhatStatementsSay) {
  expect_all({
      {"Canada suspended diplomatic relations with Iran on Monday.", "sanction", "canada", "iran"},
      {"China blocked the draft resolution on Monday.", "rejection", "china", nullptr},
      {"Russia walked away from the grain deal on Monday.", "rejection", "russia", nullptr},
      {"The United States pulled out of the treaty on Monday.", "rejection", "united-states",
       nullptr},
      {"Japan boycotted the summit on Monday.", "rejection", "japan", nullptr},
      {"Niger revoked its military agreements with France on Monday.", "rejection", "niger",
       "france"},
      {"Kenya and Ethiopia concluded a trade pact on Monday.", "agreement", "kenya", "ethiopia"},
      {"The United States granted Ukraine a loan of $1 billion on Monday.", "aid", "united-states",
       "ukraine"},
      {"India shipped wheat to Afghanistan on Monday.", "aid", "india", "afghanistan"},
      {"The Security Council voted unanimously to extend the mission on Monday.", "aid",
       "un-security-council", nullptr},
      {"A Ukrainian officer was shot by Russian troops on Monday.", "assault", "russia", "ukraine"},
      {"Belarus pardoned a Lithuanian citizen on Monday.", "release", "belarus", "lithuania"},
      {"Algeria banned French flights on Monday.", "sanction", "algeria", "france"},
      {"The United States blacklisted five Chinese firms on Monday.", "sanction", "united-states",
       "china"},
      {"Chad ended its defence cooperation with France on Monday.", "sanction", "chad", "france"},
      {"South Africa filed a case against Israel on Monday.", "accusation", "south-africa",
       "israel"},
      {"Japan invited South Korea's president to the summit on Monday.", "intent-to-meet", "japan",
       nullptr},
      {"Kremlin spokesman Dmitry Peskov said on Monday that Moscow welcomed the exchange.",
       "support", "dmitry-peskov", nullptr},
      {"President Joe Biden said on Monday that the release was great news.", "support",
       "joe-biden", nullptr},
      {"German Foreign Minister Annalena Baerbock said on Monday Germany regretted that the "
       "suspect had been handed over.",
       "criticism", "annalena-baerbock", nullptr},
      {"The Russian Embassy said on Monday the fines were arbitrary.", "criticism", "russia",
       nullptr},
      {"Spanish Prime Minister Pedro Sanchez said on Monday that the European position would not "
       "change.",
       "rejection", "pedro-sanchez", nullptr},
      {"Prime Minister Mark Brown said on Monday that his country did not need New Zealand's "
       "permission.",
       "rejection", "mark-brown", "new-zealand"},
      {"ECOWAS said on Monday it would have no alternative but to use force.", "threat", "ecowas",
       nullptr},
      {"Estonian Prime Minister Kaja Kallas said on Monday that allies should settle disagreements "
       "at the table.",
       "appeal", "kaja-kallas", nullptr},
  });
  expect_none({
      {"The company suspended its chief executive from duty on Monday.", "sanction"},
      {"Police blocked the road to the airport on Monday.", "rejection"},
      {"Hikers walked away from the trail on Monday.", "rejection"},
      {"Prime Minister Kaja Kallas said on Monday that students should study harder.", "appeal"},
      {"The Russian Embassy said on Monday the weather was absurd.", "criticism"},
      {"UN Secretary-General Antonio Guterres said on Monday that poor countries faced an unjust "
       "debt burden.",
       "criticism"},
      {"The EU has not welcomed the plan, Josep Borrell said on Monday.", "support"},
  });
}

// More verb frames, and what is denied or rejected.
TEST(Triggers, MoreVerbFramesAndWhatIsDenied) {
  expect_all({
      {"Modi embarked on a three-nation tour on Monday.", "visit", "narendra-modi", nullptr},
      {"The United States approved the sale of F-16 jets to Turkey on Monday.", "aid",
       "united-states", "turkey"},
      {"China lent Pakistan $2 billion on Monday.", "aid", "china", "pakistan"},
      {"The IMF approved a $3 billion loan for Egypt on Monday.", "aid", "imf", "egypt"},
      {"Turkey dispatched rescue teams to Syria on Monday.", "aid", "turkey", "syria"},
      {"Azerbaijan blockaded the Lachin corridor on Monday.", "sanction", "azerbaijan", nullptr},
      {"Hungary opposed the accession of Sweden on Monday.", "rejection", "hungary", nullptr},
      {"Ukraine ruled out territorial concessions on Monday.", "rejection", "ukraine", nullptr},
      {"Saudi Arabia expressed support for the peace plan on Monday.", "support", "saudi-arabia",
       nullptr},
      {"Russia sentenced an American journalist to 16 years on Monday.", "arrest", "russia",
       "united-states"},
      {"France pulled its troops out of Mali on Monday.", "military-withdrawal", "france", "mali"},
      {"China on Monday denied sending weapons to Russia.", "denial", "china", nullptr},
      {"Israel on Monday rejected calls for a ceasefire.", "rejection", "israel", nullptr},
  });
  expect_none({
      {"China on Monday denied sending weapons to Russia.", "aid"},
      {"China denied that it had sent weapons to Russia on Monday.", "aid"},
      {"Russia denied having shelled the town on Monday.", "assault"},
      {"Israel on Monday rejected calls for a ceasefire.", "appeal"},
      {"The bank lent money to farmers on Monday.", "aid"},
      {"Residents opposed the new road on Monday.", "rejection"},
  });
}

// Lookalikes a review found for this session's frames: acts negated, asked for or threatened;
// reactions to a thing "welcomed by" someone; a counterpart's talks chaired; domestic
// restrictions; ties with a country's institutions; negated praise; choices that are no threats.
TEST(Triggers, LookalikesOfThisSessionsFrames) {
  expect_none({
      {"Russia did not block the resolution on Monday.", "rejection"},
      {"Activists urged Germany to boycott the Games.", "rejection"},
      {"Russia threatened to block the resolution on Monday.", "rejection"},
      {"The decision was welcomed by Macron on Monday.", "hosting"},
      {"Macron's proposal was welcomed by Putin on Monday.", "hosting"},
      {"The plan was killed by Germany in Brussels on Monday.", "assault"},
      {"Germany was beaten by France in the final on Sunday.", "assault"},
      {"The film was shot by a French crew in Morocco.", "assault"},
      {"Putin chaired the talks with Macron in the Kremlin on Monday.", "mediation"},
      {"Germany imposed restrictions on gatherings on Monday because of the virus.", "sanction"},
      {"Germany froze its ties with Russian universities on Monday.", "expulsion"},
      {"Antony Blinken said on Monday it was not good news for Russia.", "support"},
      {"Emmanuel Macron said on Monday he had no choice but to cancel the holiday.", "threat"},
  });
  expect_all({
      {"Scholz and Macron met on Tuesday.", "meeting", "olaf-scholz", "emmanuel-macron"},
      {"A Palestinian teenager was shot dead by Israeli forces on Monday.", "assault", "israel",
       nullptr},
      {"Germany froze its ties with Russia on Monday.", "sanction", "germany", "russia"},
      {"Sergey Lavrov said on Monday Russia would have no choice but to respond.", "threat",
       "sergey-lavrov", nullptr},
  });
  // Forces put on alert in other words; a case not filed; talks suspended or broken off.
  expect_all({
      {"Russia put its nuclear forces on high alert on Sunday.", "military-buildup", "russia",
       nullptr},
      {"NATO has placed 8,500 troops on heightened readiness.", "military-buildup", "nato",
       nullptr},
  });
  expect_none({
      {"Ukraine did not file a case against Russia.", "accusation"},
      {"The company placed its staff on alert.", "military-buildup"},
  });
  for (const char* text : {"Biden suspended talks with Putin on Monday.",
                           "Iran broke off talks with the EU on Monday."}) {
    Timeline u = extract_text(text);
    ASSERT_EQ(u.events.size(), 1U) << text << "\n" << dump(u);
    EXPECT_EQ(u.events[0].status, EventStatus::kCancelled) << text;
  }
  // A possibility is no act done: "Hungary may block the package".
  Timeline t = extract_text("Hungary may block the sanctions package.");
  ASSERT_EQ(t.events.size(), 1U) << dump(t);
  EXPECT_EQ(t.events[0].status, EventStatus::kHypothetical);
}

// Frames of the fourteenth session, on sentences of our own wording.
TEST(Triggers, FramesOfTheFourteenthSession) {
  expect_all({
      {"Chile and Peru agreed on Tuesday to open consulates in each other's border cities.",
       "agreement", "chile", "peru"},
      {"Algeria refused on Monday to renew its gas contract with Spain.", "rejection", "algeria",
       nullptr},
      {"Venezuelan troops occupied the disputed island on Sunday.", "assault", "venezuela",
       nullptr},
      {"France flew its ambassador and embassy staff out of Niamey on Saturday.", "evacuation",
       "france", nullptr},
      {"Berlin advised its citizens to leave the country on commercial flights.", "evacuation",
       "germany", nullptr},
      {"China suspended imports of Australian wine on Monday.", "sanction", "china", "australia"},
      {"The EU voiced concern over the arrests.", "criticism", "european-union", nullptr},
      {"Vietnam protested to China over the deployment of the oil rig.", "criticism", "vietnam",
       "china"},
      {"Iran said on Monday that Tehran could stop selling oil to some European countries.",
       "threat", "iran", nullptr},
      {"Foreign Minister Annalena Baerbock met the head of the UN refugee agency in Geneva.",
       "meeting", "annalena-baerbock", "unhcr"},
      {"Turkey said Ankara and Yerevan would open the Margara checkpoint to diplomats.",
       "concession", "turkey", nullptr},
      {"Finnish Prime Minister Matti Vanhanen hosted a lunch for the two delegations.", "hosting",
       "matti-vanhanen", nullptr},
      {"Iran said it was ready to resume talks with the six powers.", "intent-to-meet", "iran",
       nullptr},
      {"Russia said the sanctions were unfair and doomed to fail.", "criticism", "russia", nullptr},
      // Passives: the agent after "by".
      {"Two Japanese diplomats were expelled by China on Monday.", "expulsion", "china", nullptr},
      {"The sanctions were imposed by the European Union in March.", "sanction", "european-union",
       nullptr},
      {"The accord was signed in Helsinki on Monday by Indonesia and the Free Aceh Movement.",
       "agreement", "indonesia", "free-aceh-movement"},
      {"Six Moroccan gendarmes were taken prisoner by Spanish troops.", "arrest", "spain",
       "morocco"},
      {"Turkey withdrew its objection to Sweden's membership on Monday.", "concession", "turkey",
       "sweden"},
      {"Five Armenian trucks carrying 100 tonnes of food crossed into Turkey.", "aid", "armenia",
       nullptr},
  });
  expect_none({
      {"The two leaders expressed concern over rising tensions in the region.", "criticism"},
      {"Ned Price welcomed the opening of the checkpoint on Monday.", "concession"},
      {"Russia welcomed a letter signed by 50 US lawmakers.", "agreement"},
  });
}

}  // namespace
// Sanctions on another's people: visas imposed on or required of them, their workers no longer
// hired; not a flight called off, a visa offered, a standing rule or a state's own workers.
TEST(Triggers, VisasAndWorkersOfTheTwentySeventhSession) {
  expect_all({
      {"Morocco on Friday required Algerian nationals to obtain entry visas.", "sanction",
       "morocco", "algeria"},
      {"Algeria on Saturday imposed visas on Moroccan citizens.", "sanction", "algeria", "morocco"},
      {"Taiwan froze the hiring of Filipino workers on Wednesday.", "sanction", "taiwan",
       "philippines"},
      {"Peru reintroduced visas for Venezuelan citizens on Monday.", "sanction", "peru",
       "venezuela"},
      {"The Moldovan government introduced visas for Romanian citizens with immediate effect.",
       "sanction", "moldova", "romania"},
  });
  expect_none({
      {"The ministry required foreign visitors to obtain visas.", "sanction"},
      {"Germany eased the hiring of foreign nurses on Monday.", "sanction"},
      {"Kenya Airways resumed its flights to Mogadishu on Monday.", "sanction"},
      {"British Airways cancelled 40 flights to Heathrow on Monday because of heavy snow.",
       "sanction"},
      {"Britain introduced new visas for Hong Kong residents fleeing the crackdown.", "sanction"},
      {"The United States requires Indian nationals to obtain a visa before travelling.",
       "sanction"},
      {"Saudi Arabia's labour ministry froze the hiring of Saudi nationals in the private sector.",
       "sanction"},
      {"Lebanon's labour ministry ordered businesses to stop the employment of Syrian nationals.",
       "sanction"},
  });
}

}  // namespace dipline
