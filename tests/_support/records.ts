// Valid records of the 2017 evaluation (SOS_2017 in sos-eval/reference) that the parser, reader and
// hostile-input tests start from, defined once so that a change to a record's shape shows up in
// one place. Synthetic: the ids are made up and name no one.

/** A worker survey response at T2 from a Suffolk worker who uses two tools. */
export const SURVEY_RESPONSE = {
  workerId: 'SW-0001',
  pilotId: 'suffolk',
  wave: 'T2',
  employment: 'permanent',
  trainingDays: 5,
  supervisionAligned: true,
  confidence: 8,
  usage: { 'safety-planning': 'all', mapping: 'some' },
};

/** A family interview at T1 with the six LSNS-6 items. */
export const FAMILY_INTERVIEW = {
  familyId: 'F-0001',
  wave: 'T1',
  date: '2015-07-02',
  workerChanges: 1,
  agencyWorker: false,
  stillAllocated: true,
  feeling: 'positive',
  measures: { 'lsns-6': [3, 2, 2, 1, 1, 0] },
};
