import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuotes } from "./index.js";
import { indirectAttributions as indirect, makeDoc } from "./testing.js";

describe("attributed stances, findings and demands", () => {
  const rows: [string, string, [string, string, string][]][] = [
    [
      "a participle of saying after the main clause hands its clause to the sentence's subject",
      "A New York judge has rejected a media request to make public the contents of a 25-year-old court file on the divorce, saying the courts have no business deciding what could be useful.",
      [["the courts have no business deciding what could be useful", "saying", "A New York judge"]],
    ],
    [
      "a participle with an object and no clause reports nothing",
      "The company expanded its plant in Ohio and hired more staff for the new line of trucks, adding 2,000 jobs.",
      [],
    ],
    [
      "after a trailing attribution, its speaker goes on with the participle",
      "In some instances, when the site bans a group, it also restricts praise for them, the spokesperson said, adding that the company continues to view this as the correct approach.",
      [["the company continues to view this as the correct approach", "adding", "the spokesperson"]],
    ],
    [
      "adding without that is the plain verb",
      "Some rivals have expressed openness toward court-packing, adding additional seats to the Court to dilute its members’ votes.",
      [],
    ],
    [
      "a poll before a verb of finding is the source, with or without a verb in what it found",
      "POLITICO’s Battleground States average shows Clinton likewise ahead by 3.7 percentage points.",
      [["Clinton likewise ahead by 3.7 percentage points", "shows", "POLITICO’s Battleground States average"]],
    ],
    [
      "an analysis after the clause it reports",
      "Donations to super PACs hit nearly $1.1 billion through the end of August, a USA TODAY analysis shows.",
      [["Donations to super PACs hit nearly $1.1 billion through the end of August", "shows", "a USA TODAY analysis"]],
    ],
    ["a person who finds something is no finding", "The officer found the keys under the mat by the door.", []],
    ["a passive finding names no source", "The missing files were found in a box at the courthouse.", []],
    [
      "a demand reported as called for",
      "The NAACP called for a moratorium on charter schools.",
      [["a moratorium on charter schools", "called for", "The NAACP"]],
    ],
    ["a negated demand is nobody's demand", "The mayor did not call for a new vote on the budget.", []],
    [
      "a belief without that, when a subject and a verb follow",
      "Trump thought Clinton looked tired during the debate.",
      [["Clinton looked tired during the debate", "thought", "Trump"]],
    ],
    [
      "a belief asked about is nobody's belief",
      "Asked whether he thought the president would veto the bill, the senator declined to answer.",
      [],
    ],
    [
      "a source phrase stops at since",
      "Ann Lee has led the charge since President Obama called for federal legislation on guns.",
      [["federal legislation on guns", "called for", "President Obama"]],
    ],
    ["a belief with a preposition is no clause", "They thought about it for a very long while.", []],
    ["a hope with an infinitive is no clause", "She hopes to win the race for governor next year.", []],
    ["a belief with an object and no verb is no clause", "He believes the words of the founders and their heirs.", []],
    [
      "a clause after said, not a source after it, when a name and an apposition come first",
      "Richard Revesz, director of the Institute for Policy Integrity at New York University’s law school, said the suing states were exaggerating the reach of the EPA.",
      [
        [
          "the suing states were exaggerating the reach of the EPA",
          "said",
          "Richard Revesz, director of the Institute for Policy Integrity at New York University’s law school",
        ],
      ],
    ],
    [
      "a perfect auxiliary belongs to the cue",
      "The senator has said the bill would not pass this year.",
      [["the bill would not pass this year", "has said", "The senator"]],
    ],
    [
      "a pledge in to and a verb",
      "Donald J. Trump has vowed to bring back lost mining jobs.",
      [["to bring back lost mining jobs", "has vowed", "Donald J. Trump"]],
    ],
    [
      "a threat by people, a body of people or a name is reported",
      "The union threatened to strike over the new rota.",
      [["to strike over the new rota", "threatened", "The union"]],
    ],
    [
      "a quantity's noun is the head of the source",
      "A number of state senators threatened to walk out of the session.",
      [["to walk out of the session", "threatened", "A number of state senators"]],
    ],
    ["a threat by a thing is a danger, not words", "The long feud threatens to derail the talks on the budget.", []],
    ["a thing with a modifier after it", "A court order banning the sale threatens to cripple the firm.", []],
    ["a pronoun for a thing", "It threatens to upend the market for used cars.", []],
    ["a noun in -ment is no agent", "The county's encroachment threatens to ruin the old farms.", []],
    [
      "a promise with an object and no infinitive is no pledge",
      "She promised her daughter a new bike for her birthday.",
      [],
    ],
    ["a promised land is no promise", "Moses saw the promised land from the top of the mountain.", []],
    [
      "a request: an object and to",
      "Graham urged Republicans to join the ranks of climate change believers.",
      [["Republicans to join the ranks of climate change believers", "urged", "Graham"]],
    ],
    ["a passive request names no source", "The team was urged on by thousands of fans in the stadium.", []],
    [
      "a question's topic after the object is no request",
      "A reporter asked Trump about why he appears to consider trade a global competition.",
      [],
    ],
    ["asking for a thing is no request reported", "He asked for the bill and left the restaurant quickly.", []],
    [
      "a question reported after asked",
      "Lawmakers also asked whether the deals required the recipients to cooperate.",
      [["whether the deals required the recipients to cooperate", "also asked", "Lawmakers"]],
    ],
    [
      "a charge: an object and of",
      "Democrats accused the GOP of stoking the issue for political gain.",
      [["the GOP of stoking the issue for political gain", "accused", "Democrats"]],
    ],
    [
      "a source set off by commas in the middle of the sentence",
      "Incomes at the top would rise by 19.9 percent, according to the Tax Foundation, twice the middle's gain.",
      [["Incomes at the top would rise by 19.9 percent", "according to", "the Tax Foundation"]],
    ],
    [
      "a part with no verb before the source opens the clause that goes on after it",
      "First up in the House, according to Majority Leader Eric Cantor, is a bill to cut the budget of the agency.",
      [["is a bill to cut the budget of the agency", "according to", "Majority Leader Eric Cantor"]],
    ],
    [
      "a part that ends in a conjunction runs on past the source",
      "The conversation covered the sanctions, and, according to two officials, the envoy promised relief soon.",
      [["the envoy promised relief soon", "according to", "two officials"]],
    ],
    [
      "a year is no source",
      "Virtually every Republican running in 2014 promised to do everything to repeal the law.",
      [],
    ],
    [
      "a later clause that opens with its source after a colon",
      "The news set off another round of partisan fireworks on Friday: Republicans said they're convinced the inquiry failed.",
      [["they're convinced the inquiry failed", "said", "Republicans"]],
    ],
    [
      "a verb with an object deep in a sentence is its predicate",
      "A delegate argued that while the mayor had endorsed the plan, the governor had conceded the race, as if it mattered.",
      [
        [
          "while the mayor had endorsed the plan, the governor had conceded the race, as if it mattered",
          "argued",
          "A delegate",
        ],
      ],
    ],
    [
      "a judgement in words: the object and what follows it",
      "Former President Bill Clinton criticized the Affordable Care Act as a crazy system.",
      [["the Affordable Care Act as a crazy system", "criticized", "Former President Bill Clinton"]],
    ],
    [
      "an attack in words has as or for after its object",
      "Clinton blasted him for not paying income tax.",
      [["him for not paying income tax", "blasted", "Clinton"]],
    ],
    [
      "an attack without as or for is no judgement in words",
      "The dog attacked the mailman near the gate this morning.",
      [],
    ],
    [
      "a participle after a determiner is an adjective",
      "The agency published the proposed rule on its website last week.",
      [],
    ],
    ["a passive citation names no source", "The driver was cited for speeding on the highway.", []],
    [
      "a progressive's be is part of the cue",
      "Hillary Clinton is calling for a new tax on the very rich.",
      [["a new tax on the very rich", "is calling for", "Hillary Clinton"]],
    ],
    [
      "stanceBeforeParticiple: a demand before a participle of saying is an attribution of its own",
      "The nurses' union called for a pay rise for its members, saying they had waited long enough.",
      [
        ["a pay rise for its members", "called for", "The nurses' union"],
        ["they had waited long enough", "saying", "The nurses' union"],
      ],
    ],
    [
      "stanceBeforeParticiple: a pledge likewise",
      "The mayor vowed to reopen the pier by June, arguing that the repairs were nearly done.",
      [
        ["to reopen the pier by June", "vowed", "The mayor"],
        ["the repairs were nearly done", "arguing", "The mayor"],
      ],
    ],
    [
      "stanceBeforeParticiple: a judgement likewise",
      "Lee criticized the ferry budget as a giveaway to the rich, saying it would cost jobs.",
      [
        ["the ferry budget as a giveaway to the rich", "criticized", "Lee"],
        ["it would cost jobs", "saying", "Lee"],
      ],
    ],
    [
      "stanceBeforeParticiple: a main clause with no stance rule reports only the participle's clause",
      "The harbour board rejected the plan, saying the docks were too small.",
      [["the docks were too small", "saying", "The harbour board"]],
    ],
    [
      "a second predicate joined by 'and' and an auxiliary is no part of the demand",
      "The harbour master has called for a new dredger, and has described the old one as a wreck.",
      [["a new dredger", "has called for", "The harbour master"]],
    ],
    [
      "a relative clause's own second predicate stays in the demand",
      "The union called for talks that have stalled and are unlikely to resume.",
      [["talks that have stalled and are unlikely to resume", "called for", "The union"]],
    ],
    [
      "'calls' right after a verb in the past is a noun",
      "The council has resisted calls for a recount of the ballots.",
      [],
    ],
    [
      "a participle right after a noun describes it and names no speaker to read",
      "The House passed a separate resolution asking the department to appoint a special counsel.",
      [],
    ],
  ];
  for (const [name, text, expected] of rows) {
    it(name, () => assert.deepEqual(indirect(text), expected));
  }
});

describe("who keeps the floor after a stance", () => {
  const speakerOfLast = (text: string, specs: { name: string; type?: "person" | "organization" }[]) => {
    const doc = makeDoc(text, specs);
    const quotes = findQuotes(doc);
    const last = quotes.at(-1);
    return doc.layers.entities?.find((e) => e.id === last?.speaker)?.name;
  };
  const rows: [string, string, { name: string; type?: "person" | "organization" }[], string | undefined][] = [
    [
      "a poll's finding does not make the poll the speaker of the next quotation",
      "Ann Lee spoke in Ohio. “We will win this,” Ann Lee said.\n\nA Gallup poll shows Ann Lee ahead by three points.\n\n“We are not done yet.”",
      [{ name: "Ann Lee" }, { name: "Gallup", type: "organization" }],
      "Ann Lee",
    ],
    [
      "reported speech by a verb of saying keeps the floor",
      "Bo Diaz spoke in Ohio.\n\nAnn Lee said the plan would pass this year.\n\n“We are not done yet.”",
      [{ name: "Ann Lee" }, { name: "Bo Diaz" }],
      "Ann Lee",
    ],
  ];
  for (const [name, text, specs, expected] of rows) {
    it(name, () => assert.equal(speakerOfLast(text, specs), expected));
  }
});
