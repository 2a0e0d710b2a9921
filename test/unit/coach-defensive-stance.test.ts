import { describe, expect, test } from 'vitest';
import { buildContext } from '../../src/domain/coach/context';
import { defensiveShapes, defensiveStance } from '../../src/domain/coach/defensive-stance';
import { ruleLabels } from '../../src/domain/coach/rule-labels';

const ctxOf = (answer: string, question = 'Tell me about a time something went wrong.') =>
  buildContext({ language: 'en', stage: 'hr', question, answer });
const stance = (answer: string) => {
  const found = defensiveStance(ctxOf(answer));
  return Object.fromEntries(
    Object.entries(found)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k, v.map((e: { text: string }) => e.text)]),
  );
};
const defensiveRule = (answer: string) => ruleLabels(ctxOf(answer)).labels.defensive.value;

describe('English defensive stance', () => {
  test('the question challenged: its relevance or fairness denied or asked why', () => {
    expect(stance('Why does that matter? I did the job and the client paid.')).toEqual({
      challengesQuestion: ['Why does that matter'],
    });
    expect(stance('Sorry, how is this relevant to a forklift job?')).toEqual({
      challengesQuestion: ['how is this relevant'],
    });
    expect(
      stance('With respect, that is not really a fair question for a first-year nurse.'),
    ).toEqual({ challengesQuestion: ['that is not really a fair'] });
    expect(stance("I don't think it's fair to judge a driver on the traffic.")).toEqual({
      challengesQuestion: ["it's fair"],
    });
  });

  test('its framing refused, or the topic changed', () => {
    expect(stance("I wouldn't call it a failure, the brief changed twice.")).toEqual({
      challengesQuestion: ["wouldn't call it a"],
    });
    expect(stance("I don't see the point of going back over old projects.")).toEqual({
      challengesQuestion: ["don't see the point"],
    });
    expect(stance("I'd prefer to focus on the new store instead.")).toEqual({
      challengesQuestion: ["I'd prefer to focus"],
    });
  });

  test('irritation: repeating oneself, a bare "Look,"', () => {
    expect(stance('Look, I already said the shipment was fine when it left.')).toEqual({
      irritation: ['Look'],
    });
    expect(stance("As I've already told you, the numbers were right.")).toEqual({
      irritation: ['already told'],
    });
    expect(stance("I'm not sure what you want me to say about it.")).toEqual({
      irritation: ['want me to say'],
    });
  });

  test('a fault made small or everyones', () => {
    expect(stance('It was honestly a minor slip, anyone would have missed it.')).toEqual({
      minimises: ['minor slip', 'anyone would'],
    });
    expect(stance("The typo wasn't a big deal. Everyone makes mistakes.")).toEqual({
      minimises: ["n't a big deal", 'Everyone makes'],
    });
  });

  test('excuses, and two of them stacked make the answer defensive', () => {
    const answer =
      'The order went out wrong, but nobody told me the address had changed and the deadline was impossible anyway.';
    expect(stance(answer)).toEqual({
      excuses: ['nobody told me', 'deadline was impossible'],
    });
    expect(defensiveRule(answer)).toBe(true);
    // One excuse alone is left to the model.
    expect(defensiveShapes(ctxOf('I was never trained on the new till.'))).toEqual([]);
    expect(stance('I just did what I was told. If it broke, that is on management.')).toEqual({
      excuses: ['what I was told', 'that is on management'],
    });
  });

  test('near misses: candour, reasons, a problem acted on, modesty, a small team', () => {
    const calm = [
      'Honestly I was nervous at my first pitch, so I practised with a colleague every evening.',
      'I disagreed with my lead about the release because two tests were failing, so I showed her the log and we moved it a week.',
      'Nobody told me about the new route at first, so I called the dispatcher and set up a morning check.',
      'The deadline was impossible, so I split the order into two shipments and told the client that day.',
      "I wouldn't call myself an expert in Excel, but I built the stock sheet we still use.",
      "I wouldn't say it was easy, but we opened on time.",
      'It was a small team, four of us, and I ran the rota.',
      'As I said in my letter, I have run the night shift for two years.',
      'It was my mistake: I packed the wrong size. I called the buyer and fixed our checklist.',
      'Look at the numbers from March: returns fell by half after I changed the labels.',
      'It did not matter to the client which courier we used, so I picked the cheaper one.',
      "It's nobody's fault really, the storm closed the port, so we rerouted through Semarang.",
      "That's a fair question. My weakness is delegating, and I now hand over one task a week.",
    ];
    for (const answer of calm) {
      expect({ answer, shapes: defensiveShapes(ctxOf(answer)) }).toEqual({ answer, shapes: [] });
    }
  });

  test('Indonesian answers are left to their own detectors', () => {
    const ctx = buildContext({
      language: 'id',
      stage: 'hr',
      question: 'Ceritakan kegagalan Anda.',
      answer: 'Look, I already said itu bukan masalah.',
    });
    expect(defensiveShapes(ctx)).toEqual([]);
  });
});
