// Generates ts-fsrs-reference.json: what the reference FSRS-6 implementation (ts-fsrs 5.4.2, npm) computes for a set of
// review histories, so FsrsReferenceTests can hold TutorBot's own FSRS-6 to it. The tests read only the JSON: neither
// CI nor a developer needs Node to run them. Regenerate only when the reference or the histories change:
//
//   mkdir -p /tmp/fsrsref && cd /tmp/fsrsref && npm i ts-fsrs@5.4.2
//   node <repo>/tests/TutorBot.Core.Tests/TestData/Fsrs/generate.mjs > <repo>/tests/TutorBot.Core.Tests/TestData/Fsrs/ts-fsrs-reference.json
//
// (run from the folder where ts-fsrs is installed: the package is resolved from the working directory.)
//
// The scheduler is configured as TutorBot uses FSRS: the 21 default FSRS-6 parameters, no fuzz, no learning or
// relearning steps (every review schedules whole days), and short-term memory modelled (enable_short_term: true), so a
// second review on the same UTC day updates stability with FSRS-6's same-day formula (w17, w18, w19).
import { createRequire } from 'node:module';

const require = createRequire(`${process.cwd()}/`);
const { fsrs, createEmptyCard, forgetting_curve, Rating, State, FSRSVersion, default_w } = require('ts-fsrs');

const expectedVersion = 'v5.4.2 using FSRS-6.0';
if (FSRSVersion !== expectedVersion) {
  throw new Error(`expected ts-fsrs ${expectedVersion}, found ${FSRSVersion}`);
}

const start = '2026-01-05T09:00:00.000Z';
const ratings = { A: Rating.Again, H: Rating.Hard, G: Rating.Good, E: Rating.Easy };
const minute = 60 * 1000;
const day = 24 * 60 * minute;

// No history reaches the maximum interval: ts-fsrs orders the Hard, Good and Easy intervals (Good at least Hard + 1, Easy
// at least Good + 1) after capping them, so near the cap it schedules a day or two past it; TutorBot caps last.
//
// A step is [rating, when]: 'start', 'due' (at the due time), 'due+Nd' (N days overdue), '+Nd' / '+Nh' / '+Nm' (after
// the previous review).
const histories = [
  { name: 'all good, on time', steps: ['G start', 'G due', 'G due', 'G due', 'G due', 'G due', 'G due', 'G due'] },
  { name: 'all easy, on time', steps: ['E start', 'E due', 'E due', 'E due', 'E due', 'E due'] },
  { name: 'all again, on time', steps: ['A start', 'A due', 'A due', 'A due', 'A due', 'A due'] },
  { name: 'all hard, on time', steps: ['H start', 'H due', 'H due', 'H due', 'H due', 'H due'] },
  { name: 'lapse after three successes', steps: ['G start', 'G due', 'G due', 'A due', 'G due', 'G due', 'E due'] },
  { name: 'long gap, then recalled', steps: ['G start', 'G due', 'G +400d', 'H due', 'G due'] },
  { name: 'long gap, then forgotten', steps: ['E start', 'E due', 'A due+300d', 'G due', 'G due'] },
  { name: 'early reviews', steps: ['G start', 'G +1d', 'E +1d', 'G +1d', 'H +2d'] },
  { name: 'same-day reviews', steps: ['A start', 'G +30m', 'H +2h', 'G due', 'A due', 'G +15m', 'E +1h', 'G due'] },
  { name: 'mixed ratings, odd gaps', steps: ['H start', 'G +3d', 'E +9d', 'A +40d', 'H +2d', 'G +6d', 'E due+5d'] },
  { name: 'again first, then easy', steps: ['A start', 'E due', 'E due', 'E due', 'E due'] },
  { name: 'around UTC midnight', start: '2026-01-05T23:50:00.000Z', steps: ['G start', 'G +20m', 'A +30m', 'G due', 'H +23h'] },
  { name: 'retention 0.8', retention: 0.8, steps: ['G start', 'G due', 'G due', 'A due', 'G due', 'G due', 'E due'] },
  { name: 'retention 0.95', retention: 0.95, steps: ['G start', 'G due', 'E due', 'G due', 'H due', 'A due', 'G due'] },
];

function when(spec, previous, due, first) {
  if (spec === 'start') return new Date(first);
  if (spec === 'due') return new Date(due);
  const overdue = /^due\+(\d+)d$/.exec(spec);
  if (overdue) return new Date(due.getTime() + Number(overdue[1]) * day);
  const after = /^\+(\d+)([dhm])$/.exec(spec);
  if (after) return new Date(previous.getTime() + Number(after[1]) * { d: day, h: 60 * minute, m: minute }[after[2]]);
  throw new Error(`unknown time ${spec}`);
}

const out = {
  reference: `ts-fsrs ${FSRSVersion} (npm ts-fsrs@5.4.2)`,
  generator: 'tests/TutorBot.Core.Tests/TestData/Fsrs/generate.mjs',
  configuration: { w: [...default_w], enable_fuzz: false, enable_short_term: true, learning_steps: [], relearning_steps: [] },
  histories: [],
};

for (const history of histories) {
  const retention = history.retention ?? 0.9;
  const maximumInterval = 36500;
  const scheduler = fsrs({
    request_retention: retention,
    maximum_interval: maximumInterval,
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: [],
    relearning_steps: [],
  });
  const first = history.start ?? start;
  let card = createEmptyCard(new Date(first));
  let previous = null;
  const reviews = [];
  for (const step of history.steps) {
    const [letter, spec] = step.split(' ');
    const at = when(spec, previous, card.due, first);
    const { card: next } = scheduler.next(card, at, ratings[letter]);
    // The recall the scheduler used: the forgetting curve at its elapsed whole days (UTC calendar days).
    const recallBefore = previous === null ? null : forgetting_curve(default_w, next.elapsed_days, card.stability);
    if (next.state !== State.Review) throw new Error(`${history.name}: expected no learning steps, got state ${next.state}`);
    reviews.push({
      at: at.toISOString(),
      rating: ratings[letter],
      elapsedDays: previous === null ? 0 : next.elapsed_days,
      recallBefore,
      stability: next.stability,
      difficulty: next.difficulty,
      intervalDays: next.scheduled_days,
      due: next.due.toISOString(),
    });
    card = next;
    previous = at;
  }
  out.histories.push({ name: history.name, desiredRetention: retention, maximumIntervalDays: maximumInterval, reviews });
}

process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
