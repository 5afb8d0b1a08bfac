"""How good and how fast the diagnosis is: the labelled bank part by part, then a long history.

1. Trains the cases of ``benchmarks.diagnosis_bank`` part by part (faults injected through the
   experiment file or trained by scripts that log like Lightning, Hugging Face Trainer, Keras or
   TensorBoard, plus healthy runs) into an MLflow store (a throw-away SQLite file unless
   ``--tracking-uri`` is given), reads each diagnosis back from the store (``diagnosis.json`` and
   the ``diagnosis.<code>`` tags) and prints, per part: one row per run, precision and recall
   per finding code, the healthy false-alarm rate, the verdict accuracy and the cases that could
   not run yet. The parts, in this order:

   * ``heldout209``: the two-hundred-and-ninth fresh part, written and labelled beside
     heldout208, after heldout204 to 207's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout208``: the two-hundred-and-eighth fresh part, written and labelled beside
     heldout209, after heldout204 to 207's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout207``: the two-hundred-and-seventh fresh part, written and labelled beside
     heldout204, heldout205 and heldout206, after heldout200 to 203's measurement (by someone
     who saw no diagnosis), before any change is measured on it;
   * ``heldout206``: the two-hundred-and-sixth fresh part, written and labelled beside
     heldout204, heldout205 and heldout207, after heldout200 to 203's measurement (by someone
     who saw no diagnosis), before any change is measured on it;
   * ``heldout205``: the two-hundred-and-fifth fresh part, written and labelled beside
     heldout204, heldout206 and heldout207, after heldout200 to 203's measurement (by someone
     who saw no diagnosis), before any change is measured on it;
   * ``heldout204``: the two-hundred-and-fourth fresh part, written and labelled beside
     heldout205, heldout206 and heldout207, after heldout200 to 203's measurement (by someone
     who saw no diagnosis), before any change is measured on it;
   * ``heldout203``: the two-hundred-and-third fresh part, written and labelled beside
     heldout202, after heldout198's and heldout199's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout202``: the two-hundred-and-second fresh part, written and labelled beside
     heldout203, after heldout198's and heldout199's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout201``: the two-hundred-and-first fresh part, written and labelled beside
     heldout200, after heldout198's and heldout199's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout200``: the two-hundredth fresh part, written and labelled beside
     heldout201, after heldout198's and heldout199's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout199``: the hundred-and-ninety-ninth fresh part, written and labelled beside
     heldout198, after heldout196's and heldout197's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout198``: the hundred-and-ninety-eighth fresh part, written and labelled beside
     heldout199, after heldout196's and heldout197's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout197``: the hundred-and-ninety-seventh fresh part, written and labelled beside
     heldout196, after heldout194's and heldout195's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout196``: the hundred-and-ninety-sixth fresh part, written and labelled beside
     heldout197, after heldout194's and heldout195's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout195``: the hundred-and-ninety-fifth fresh part, written and labelled beside
     heldout194, after heldout192's and heldout193's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout194``: the hundred-and-ninety-fourth fresh part, written and labelled beside
     heldout195, after heldout192's and heldout193's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout193``: the hundred-and-ninety-third fresh part, written and labelled beside
     heldout192, after heldout190's and heldout191's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout192``: the hundred-and-ninety-second fresh part, written and labelled beside
     heldout193, after heldout190's and heldout191's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout191``: the hundred-and-ninety-first fresh part, written and labelled beside
     heldout190, after heldout188's and heldout189's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout190``: the hundred-and-ninetieth fresh part, written and labelled beside
     heldout191, after heldout188's and heldout189's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout189``: the hundred-and-eighty-ninth fresh part, written and labelled beside
     heldout188, after heldout186's and heldout187's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout188``: the hundred-and-eighty-eighth fresh part, written and labelled beside
     heldout189, after heldout186's and heldout187's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout187``: the hundred-and-eighty-seventh fresh part, written and labelled beside
     heldout186, after heldout184's and heldout185's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout186``: the hundred-and-eighty-sixth fresh part, written and labelled beside
     heldout187, after heldout184's and heldout185's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout185``: the hundred-and-eighty-fifth fresh part, written and labelled beside
     heldout184, after heldout180's and heldout181's measurement, while heldout182 and
     heldout183 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout184``: the hundred-and-eighty-fourth fresh part, written and labelled beside
     heldout185, after heldout180's and heldout181's measurement, while heldout182 and
     heldout183 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout183``: the hundred-and-eighty-third fresh part, written and labelled beside
     heldout182, after heldout180's and heldout181's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout182``: the hundred-and-eighty-second fresh part, written and labelled beside
     heldout183, after heldout180's and heldout181's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout181``: the hundred-and-eighty-first fresh part, written and labelled beside
     heldout180, after heldout178's and heldout179's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout180``: the hundred-and-eightieth fresh part, written and labelled beside
     heldout181, after heldout178's and heldout179's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout179``: the hundred-and-seventy-ninth fresh part, written and labelled beside
     heldout178, after heldout174's and heldout175's measurement, while heldout176 and
     heldout177 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout178``: the hundred-and-seventy-eighth fresh part, written and labelled beside
     heldout179, after heldout174's and heldout175's measurement, while heldout176 and
     heldout177 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout177``: the hundred-and-seventy-seventh fresh part, written and labelled beside
     heldout176, after heldout172's and heldout173's measurement, while heldout174 and
     heldout175 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout176``: the hundred-and-seventy-sixth fresh part, written and labelled beside
     heldout177, after heldout172's and heldout173's measurement, while heldout174 and
     heldout175 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout175``: the hundred-and-seventy-fifth fresh part, written and labelled beside
     heldout174, after heldout170's and heldout171's measurement, while heldout172 and
     heldout173 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout174``: the hundred-and-seventy-fourth fresh part, written and labelled beside
     heldout175, after heldout170's and heldout171's measurement, while heldout172 and
     heldout173 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout173``: the hundred-and-seventy-third fresh part, written and labelled beside
     heldout172, after heldout168's and heldout169's measurement, while heldout170 and
     heldout171 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout172``: the hundred-and-seventy-second fresh part, written and labelled beside
     heldout173, after heldout168's and heldout169's measurement, while heldout170 and
     heldout171 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout171``: the hundred-and-seventy-first fresh part, written and labelled beside
     heldout170, after heldout166's and heldout167's measurement, while heldout168 and
     heldout169 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout170``: the hundred-and-seventieth fresh part, written and labelled beside
     heldout171, after heldout166's and heldout167's measurement, while heldout168 and
     heldout169 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout169``: the hundred-and-sixty-ninth fresh part, written and labelled beside
     heldout168, after heldout164's and heldout165's measurement, while heldout166 and
     heldout167 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout168``: the hundred-and-sixty-eighth fresh part, written and labelled beside
     heldout169, after heldout164's and heldout165's measurement, while heldout166 and
     heldout167 were measured (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout167``: the hundred-and-sixty-seventh fresh part, written and labelled beside
     heldout166, after heldout164's and heldout165's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout166``: the hundred-and-sixty-sixth fresh part, written and labelled beside
     heldout167, after heldout164's and heldout165's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout165``: the hundred-and-sixty-fifth fresh part, written and labelled beside
     heldout164, after heldout162's and heldout163's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout164``: the hundred-and-sixty-fourth fresh part, written and labelled beside
     heldout165, after heldout162's and heldout163's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout163``: the hundred-and-sixty-third fresh part, written and labelled beside
     heldout162, after heldout160's and heldout161's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout162``: the hundred-and-sixty-second fresh part, written and labelled beside
     heldout163, after heldout160's and heldout161's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout161``: the hundred-and-sixty-first fresh part, written and labelled beside
     heldout160, after heldout158's and heldout159's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout160``: the hundred-and-sixtieth fresh part, written and labelled beside
     heldout161, after heldout158's and heldout159's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout159``: the hundred-and-fifty-ninth fresh part, written and labelled beside
     heldout158, after heldout156's and heldout157's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout158``: the hundred-and-fifty-eighth fresh part, written and labelled beside
     heldout159, after heldout156's and heldout157's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout157``: the hundred-and-fifty-seventh fresh part, written and labelled beside
     heldout156, after heldout154's and heldout155's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout156``: the hundred-and-fifty-sixth fresh part, written and labelled beside
     heldout157, after heldout154's and heldout155's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout155``: the hundred-and-fifty-fifth fresh part, written and labelled beside
     heldout154, after heldout152's and heldout153's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout154``: the hundred-and-fifty-fourth fresh part, written and labelled beside
     heldout155, after heldout152's and heldout153's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout153``: the hundred-and-fifty-third fresh part, written and labelled beside
     heldout152, after heldout150's and heldout151's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout152``: the hundred-and-fifty-second fresh part, written and labelled beside
     heldout153, after heldout150's and heldout151's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout151``: the hundred-and-fifty-first fresh part, written and labelled beside
     heldout150, after heldout148's and heldout149's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout150``: the hundred-and-fiftieth fresh part, written and labelled beside
     heldout151, after heldout148's and heldout149's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout149``: the hundred-and-forty-ninth fresh part, written and labelled beside
     heldout148, after heldout146's and heldout147's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout148``: the hundred-and-forty-eighth fresh part, written and labelled beside
     heldout149, after heldout146's and heldout147's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout147``: the hundred-and-forty-seventh fresh part, written and labelled beside
     heldout146, after heldout144's and heldout145's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout146``: the hundred-and-forty-sixth fresh part, written and labelled beside
     heldout147, after heldout144's and heldout145's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout145``: the hundred-and-forty-fifth fresh part, written and labelled beside
     heldout144, after heldout142's and heldout143's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout144``: the hundred-and-forty-fourth fresh part, written and labelled beside
     heldout145, after heldout142's and heldout143's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout143``: the hundred-and-forty-third fresh part, written and labelled beside
     heldout142, after heldout140's and heldout141's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout142``: the hundred-and-forty-second fresh part, written and labelled beside
     heldout143, after heldout140's and heldout141's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout141``: the hundred-and-forty-first fresh part, written and labelled beside
     heldout140, after heldout138's and heldout139's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout140``: the hundred-and-fortieth fresh part, written and labelled beside
     heldout141, after heldout138's and heldout139's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout139``: the hundred-and-thirty-ninth fresh part, written and labelled beside
     heldout138, after heldout136's and heldout137's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout138``: the hundred-and-thirty-eighth fresh part, written and labelled beside
     heldout139, after heldout136's and heldout137's measurement (by someone who saw no
     diagnosis), before any change is measured on it;
   * ``heldout137``: the hundred-and-thirty-seventh fresh part, written and labelled beside
     heldout136, after heldout134's and heldout135's measurement (drafted after heldout130's and
     heldout131's, by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout136``: the hundred-and-thirty-sixth fresh part, written and labelled beside
     heldout137, after heldout134's and heldout135's measurement (drafted after heldout130's and
     heldout131's, by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout135``: the hundred-and-thirty-fifth fresh part, written and labelled beside
     heldout134, after heldout130's and heldout131's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout134``: the hundred-and-thirty-fourth fresh part, written and labelled beside
     heldout135, after heldout130's and heldout131's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout133``: the hundred-and-thirty-third fresh part, written and labelled beside
     heldout132, after heldout130's and heldout131's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout132``: the hundred-and-thirty-second fresh part, written and labelled beside
     heldout133, after heldout130's and heldout131's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout131``: the hundred-and-thirty-first fresh part, written and labelled beside
     heldout130, after heldout128's and heldout129's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout130``: the hundred-and-thirtieth fresh part, written and labelled beside heldout131,
     after heldout128's and heldout129's measurement (by someone who saw no diagnosis), before any
     change is measured on it;
   * ``heldout129``: the hundred-and-twenty-ninth fresh part, written and labelled beside
     heldout128, after heldout126's and heldout127's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout128``: the hundred-and-twenty-eighth fresh part, written and labelled beside
     heldout129, after heldout126's and heldout127's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout127``: the hundred-and-twenty-seventh fresh part, written and labelled beside
     heldout126, after heldout124's and heldout125's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout126``: the hundred-and-twenty-sixth fresh part, written and labelled beside
     heldout127, after heldout124's and heldout125's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout125``: the hundred-and-twenty-fifth fresh part, written and labelled beside
     heldout124, after heldout122's and heldout123's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout124``: the hundred-and-twenty-fourth fresh part, written and labelled beside
     heldout125, after heldout122's and heldout123's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout123``: the hundred-and-twenty-third fresh part, written and labelled beside
     heldout122, after heldout120's and heldout121's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout122``: the hundred-and-twenty-second fresh part, written and labelled beside
     heldout123, after heldout120's and heldout121's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout121``: the hundred-and-twenty-first fresh part, written and labelled beside
     heldout120, after heldout118's and heldout119's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout120``: the hundred-and-twentieth fresh part, written and labelled beside heldout121,
     after heldout118's and heldout119's measurement (by someone who saw no diagnosis), before any
     change is measured on it;
   * ``heldout119``: the hundred-and-nineteenth fresh part, written and labelled beside heldout118,
     after heldout116's and heldout117's measurement (by someone who saw no diagnosis), before any
     change is measured on it;
   * ``heldout118``: the hundred-and-eighteenth fresh part, written and labelled beside heldout119,
     after heldout116's and heldout117's measurement (by someone who saw no diagnosis), before any
     change is measured on it;
   * ``heldout117``: the hundred-and-seventeenth fresh part, written and labelled beside
     heldout116, after heldout114's and heldout115's measurement (by someone who saw no diagnosis),
     before any change is measured on it;
   * ``heldout116``: the hundred-and-sixteenth fresh part, written and labelled beside heldout117,
     after heldout114's and heldout115's measurement (by someone who saw no diagnosis), before any
     change is measured on it;
   * ``heldout115``: the hundred-and-fifteenth fresh part, written and labelled beside heldout114,
     after heldout112's and heldout113's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout114``: the hundred-and-fourteenth fresh part, written and labelled beside heldout115,
     after heldout112's and heldout113's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout113``: the hundred-and-thirteenth fresh part, written and labelled beside heldout112,
     after heldout110's and heldout111's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout112``: the hundred-and-twelfth fresh part, written and labelled beside heldout113,
     after heldout110's and heldout111's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout111``: the hundred-and-eleventh fresh part, written and labelled beside heldout110,
     after heldout108's and heldout109's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout110``: the hundred-and-tenth fresh part, written and labelled beside heldout111,
     after heldout108's and heldout109's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout109``: the hundred-and-ninth fresh part, written and labelled beside heldout108,
     after heldout106's and heldout107's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout108``: the hundred-and-eighth fresh part, written and labelled beside heldout109,
     after heldout106's and heldout107's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout107``: the hundred-and-seventh fresh part, written and labelled beside heldout106,
     after heldout104's and heldout105's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout106``: the hundred-and-sixth fresh part, written and labelled beside heldout107,
     after heldout104's and heldout105's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout105``: the hundred-and-fifth fresh part, written and labelled beside heldout104,
     after heldout102's and heldout103's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout104``: the hundred-and-fourth fresh part, written and labelled beside heldout105,
     after heldout102's and heldout103's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout103``: the hundred-and-third fresh part, written and labelled beside heldout102,
     after heldout100's and heldout101's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout102``: the hundred-and-second fresh part, written and labelled beside heldout103,
     after heldout100's and heldout101's measurement (by someone who saw no diagnosis), before
     any change is measured on it;
   * ``heldout101``: the hundred-and-first fresh part, written and labelled beside heldout100, after
     heldout98's and heldout99's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout100``: the hundredth fresh part, written and labelled beside heldout101, after
     heldout98's and heldout99's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout99``: the ninety-ninth fresh part, written and labelled beside heldout98, after
     heldout96's and heldout97's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout98``: the ninety-eighth fresh part, written and labelled beside heldout99, after
     heldout96's and heldout97's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout97``: the ninety-seventh fresh part, written and labelled beside heldout96, after
     heldout94's and heldout95's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout96``: the ninety-sixth fresh part, written and labelled beside heldout97, after
     heldout94's and heldout95's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout95``: the ninety-fifth fresh part, written and labelled beside heldout94, after
     heldout92's and heldout93's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout94``: the ninety-fourth fresh part, written and labelled beside heldout95, after
     heldout92's and heldout93's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout93``: the ninety-third fresh part, written and labelled beside heldout92, after
     heldout90's and heldout91's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout92``: the ninety-second fresh part, written and labelled beside heldout93, after
     heldout90's and heldout91's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout91``: the ninety-first fresh part, written and labelled beside heldout90, after
     heldout88's and heldout89's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout90``: the ninetieth fresh part, written and labelled beside heldout91, after
     heldout88's and heldout89's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout89``: the eighty-ninth fresh part, written and labelled beside heldout88, after
     heldout86's and heldout87's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout88``: the eighty-eighth fresh part, written and labelled beside heldout89, after
     heldout86's and heldout87's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout87``: the eighty-seventh fresh part, written and labelled beside heldout86, after
     heldout84's and heldout85's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout86``: the eighty-sixth fresh part, written and labelled beside heldout87, after
     heldout84's and heldout85's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout85``: the eighty-fifth fresh part, written and labelled beside heldout84, after
     heldout82's and heldout83's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout84``: the eighty-fourth fresh part, written and labelled beside heldout85, after
     heldout82's and heldout83's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout83``: the eighty-third fresh part, written and labelled beside heldout82, after
     heldout80's and heldout81's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout82``: the eighty-second fresh part, written and labelled beside heldout83, after
     heldout80's and heldout81's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout81``: the eighty-first fresh part, written and labelled beside heldout80, after
     heldout78's and heldout79's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout80``: the eightieth fresh part, written and labelled beside heldout81, after
     heldout78's and heldout79's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout79``: the seventy-ninth fresh part, written and labelled beside heldout78, after
     heldout76's and heldout77's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout78``: the seventy-eighth fresh part, written and labelled beside heldout79, after
     heldout76's and heldout77's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout77``: the seventy-seventh fresh part, written and labelled beside heldout76, after
     heldout74's and heldout75's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout76``: the seventy-sixth fresh part, written and labelled beside heldout77, after
     heldout74's and heldout75's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout75``: the seventy-fifth fresh part, written and labelled beside heldout74, after
     heldout72's and heldout73's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout74``: the seventy-fourth fresh part, written and labelled beside heldout75, after
     heldout72's and heldout73's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout73``: the seventy-third fresh part, written and labelled beside heldout72, after
     heldout70's and heldout71's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout72``: the seventy-second fresh part, written and labelled beside heldout73, after
     heldout70's and heldout71's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout71``: the seventy-first fresh part, written and labelled beside heldout70, after
     heldout68's and heldout69's writing (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout70``: the seventieth fresh part, written and labelled beside heldout71, after
     heldout68's and heldout69's writing (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout69``: the sixty-ninth fresh part, written and labelled beside heldout68, after
     heldout66's and heldout67's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout68``: the sixty-eighth fresh part, written and labelled beside heldout69, after
     heldout66's and heldout67's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout67``: the sixty-seventh fresh part, written and labelled beside heldout66, after
     heldout64's and heldout65's writing (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout66``: the sixty-sixth fresh part, written and labelled beside heldout67, after
     heldout64's and heldout65's writing (by someone who saw no diagnosis), before any change is
     measured on it;
   * ``heldout65``: the sixty-fifth fresh part, written and labelled beside heldout64, after
     heldout62's and heldout63's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout64``: the sixty-fourth fresh part, written and labelled beside heldout65, after
     heldout62's and heldout63's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout63``: the sixty-third fresh part, written and labelled beside heldout62, after
     heldout58's and heldout59's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout62``: the sixty-second fresh part, written and labelled beside heldout63, after
     heldout58's and heldout59's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout61``: the sixty-first fresh part, written and labelled beside heldout60, after
     heldout58's and heldout59's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout60``: the sixtieth fresh part, written and labelled beside heldout61, after
     heldout56's and heldout57's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout59``: the fifty-ninth fresh part, written and labelled beside heldout58, after
     heldout56's and heldout57's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout58``: the fifty-eighth fresh part, written and labelled beside heldout59, after
     heldout56's and heldout57's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout57``: the fifty-seventh fresh part, written and labelled beside heldout56, after
     heldout54's and heldout55's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout56``: the fifty-sixth fresh part, written and labelled beside heldout57, after
     heldout54's and heldout55's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout55``: the fifty-fifth fresh part, written and labelled beside heldout54, after
     heldout52's and heldout53's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout54``: the fifty-fourth fresh part, written and labelled beside heldout55, after
     heldout52's and heldout53's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout53``: the fifty-third fresh part, written and labelled beside heldout52, after
     heldout50's and heldout51's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout52``: the fifty-second fresh part, written and labelled beside heldout53, after
     heldout50's and heldout51's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout51``: the fifty-first fresh part, written and labelled beside heldout50, after
     heldout48's and heldout49's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout50``: the fiftieth fresh part, written and labelled beside heldout51, after
     heldout48's and heldout49's measurement (by someone who saw no diagnosis), before any change
     is measured on it;
   * ``heldout49``: the forty-ninth fresh part, written and labelled beside heldout48, after
     heldout47's measurement (by someone who saw no diagnosis), before any change is measured on
     it;
   * ``heldout48``: the forty-eighth fresh part, written and labelled after heldout47's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout47``: the forty-seventh fresh part, written and labelled after heldout46's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout46``: the forty-sixth fresh part, written and labelled after heldout45's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout45``: the forty-fifth fresh part, written and labelled after heldout44's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout44``: the forty-fourth fresh part, written and labelled after heldout43's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout43``: the forty-third fresh part, written and labelled after heldout42's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout42``: the forty-second fresh part, written and labelled after heldout41's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout41``: the forty-first fresh part, written and labelled after heldout40's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout40``: the fortieth fresh part, written and labelled after heldout39's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout39``: the thirty-ninth fresh part, written and labelled after heldout38's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout38``: the thirty-eighth fresh part, written and labelled after heldout37's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout37``: the thirty-seventh fresh part, written and labelled after heldout36's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout36``: the thirty-sixth fresh part, written and labelled after heldout35's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout35``: the thirty-fifth fresh part, written and labelled after heldout34's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout34``: the thirty-fourth fresh part, written and labelled after heldout33's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout33``: the thirty-third fresh part, written and labelled after heldout32's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout32``: the thirty-second fresh part, written and labelled after heldout31's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout31``: the thirty-first fresh part, written and labelled after heldout30's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout30``: the thirtieth fresh part, written and labelled after heldout29's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout29``: the twenty-ninth fresh part, written and labelled after heldout28's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout28``: the twenty-eighth fresh part, written and labelled after heldout27's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout27``: the twenty-seventh fresh part, written and labelled after heldout26's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout26``: the twenty-sixth fresh part, written and labelled after heldout25's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout25``: the twenty-fifth fresh part, written and labelled after heldout24's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout24``: the twenty-fourth fresh part, written and labelled after heldout23's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout23``: the twenty-third fresh part, written and labelled after heldout22's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout22``: the twenty-second fresh part, written and labelled after heldout21's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout21``: the twenty-first fresh part, written and labelled after heldout20's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout20``: the twentieth fresh part, written and labelled after heldout19's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout19``: the nineteenth fresh part, written and labelled after heldout18's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout18``: the eighteenth fresh part, written and labelled after heldout17's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout17``: the seventeenth fresh part, written and labelled after heldout16's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout16``: the sixteenth fresh part, written and labelled after heldout15's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout15``: the fifteenth fresh part, written and labelled after heldout14's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout14``: the fourteenth fresh part, written and labelled after heldout13's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout13``: the thirteenth fresh part, written and labelled after heldout12's
     measurement (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout12``: the twelfth fresh part, written and labelled after heldout11's measurement
     (by someone who saw no diagnosis), before any change is measured on it;
   * ``heldout11``: the eleventh fresh part, written and labelled after heldout10's fixes (by
     someone who saw no diagnosis), before any change is measured on it;
   * ``heldout10``: the tenth fresh part, written and labelled after heldout9 (by someone who
     saw no diagnosis), before any change is measured on it;
   * ``heldout9``: the ninth fresh part, written and labelled beside heldout8's fixes (by
     someone who saw no diagnosis), before any change is measured on it;
   * ``heldout8``: the eighth fresh part, written and labelled after heldout7's fixes, before
     any change is measured on it;
   * ``heldout7``: the seventh fresh part, written and labelled after heldout6's fixes, before
     any change is measured on it;
   * ``heldout6``, ``heldout5``: the sixth and fifth fresh parts, faults and healthy runs
     written and labelled after heldout4's fixes, each before any change is measured on it and
     without looking at any diagnosis of its runs (the honest measure: each is measured once
     while unseen);
   * ``heldout4``: the fourth fresh part, written and labelled after heldout3's measurement;
   * ``heldout3``: the third part, written and labelled after heldout2's measurement;
   * ``heldout2``: the second held-out part, written in session 3 before any threshold change;
     it was measured and looked at, so it no longer counts as unseen;
   * ``heldout``: the first held-out part; it was looked at and fixed against, so it now counts
     as tuned-on;
   * ``healthy``: sound settings that train well (false alarms);
   * ``tuned``: the cases the thresholds were tuned on (their score flatters).
2. Times ``diagnose`` on the 100,000-step history of ``benchmarks/diagnosis_speed.py``
   (1,000,000 rows: per-step loss, lr, update ratios and gradient norms of 4 layers, plus 100
   epochs of per-epoch metrics).

Usage: python benchmarks/diagnosis.py
       [--parts heldout209 heldout208
                heldout207 heldout206
                heldout205 heldout204
                heldout203 heldout202
                heldout201 heldout200
                heldout199 heldout198
                heldout197 heldout196
                heldout195 heldout194
                heldout193 heldout192
                heldout191 heldout190
                heldout189 heldout188
                heldout187 heldout186
                heldout185 heldout184
                heldout183 heldout182
                heldout181 heldout180
                heldout179 heldout178
                heldout177 heldout176
                heldout175 heldout174
                heldout173 heldout172
                heldout171 heldout170
                heldout169 heldout168
                heldout167 heldout166
                heldout165 heldout164
                heldout163 heldout162
                heldout161 heldout160
                heldout159 heldout158
                heldout157 heldout156
                heldout155 heldout154
                heldout153 heldout152
                heldout151 heldout150
                heldout149 heldout148
                heldout147 heldout146
                heldout145 heldout144
                heldout143 heldout142
                heldout141 heldout140 heldout139 heldout138 heldout137 heldout136 heldout135
                heldout134 heldout133
                heldout132 heldout131 heldout130 heldout129 heldout128 heldout127 heldout126
                heldout125 heldout124
                heldout123 heldout122 heldout121
                heldout120 heldout119 heldout118 heldout117 heldout116 heldout115 heldout114
                heldout113 heldout112 heldout111 heldout110 heldout109 heldout108 heldout107
                heldout106 heldout105 heldout104 heldout103 heldout102 heldout101 heldout100
                heldout99 heldout98 heldout97 heldout96 heldout95 heldout94 heldout93 heldout92
                heldout91 heldout90 heldout89 heldout88 heldout87 heldout86 heldout85 heldout84
                heldout83 heldout82 heldout81 heldout80 heldout79 heldout78 heldout77 heldout76
                heldout75 heldout74 heldout73 heldout72 heldout71 heldout70 heldout69 heldout68
                heldout67 heldout66 heldout65 heldout64 heldout63 heldout62 heldout61 heldout60
                heldout59 heldout58 heldout57 heldout56 heldout55 heldout54 heldout53 heldout52
                heldout51 heldout50 heldout49 heldout48 heldout47 heldout46 heldout45 heldout44
                heldout43 heldout42 heldout41 heldout40 heldout39 heldout38 heldout37 heldout36
                heldout35 heldout34 heldout33 heldout32 heldout31 heldout30 heldout29 heldout28
                heldout27 heldout26 heldout25 heldout24 heldout23 heldout22 heldout21 heldout20
                heldout19 heldout18 heldout17 heldout16 heldout15 heldout14 heldout13 heldout12
                heldout11 heldout10 heldout9 heldout8 heldout7 heldout6 heldout5 heldout4
                heldout3 heldout2 heldout healthy tuned]
       [--seeds 0 1 2] [--steps 100000] [--repeats 5] [--tracking-uri URI] [--skip-bank]
       [--skip-speed]
Output is Markdown, ready for the README. Poor scores are reported, never an error: the script
exits 0 whenever it could run.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")

from diagnosis_speed import build_history, timed  # noqa: E402

from benchmarks.diagnosis_bank import PARTS, run_bank, score  # noqa: E402
from dnnlab.diagnose import diagnose  # noqa: E402

ORDER = ("heldout209", "heldout208",
         "heldout207", "heldout206",
         "heldout205", "heldout204",
         "heldout203", "heldout202",
         "heldout201", "heldout200",
         "heldout199", "heldout198",
         "heldout197", "heldout196",
         "heldout195", "heldout194",
         "heldout193", "heldout192",
         "heldout191", "heldout190",
         "heldout189", "heldout188",
         "heldout187", "heldout186",
         "heldout185", "heldout184",
         "heldout183", "heldout182",
         "heldout181", "heldout180",
         "heldout179", "heldout178",
         "heldout177", "heldout176",
         "heldout175", "heldout174",
         "heldout173", "heldout172",
         "heldout171", "heldout170",
         "heldout169", "heldout168",
         "heldout167", "heldout166",
         "heldout165", "heldout164",
         "heldout163", "heldout162",
         "heldout161", "heldout160",
         "heldout159", "heldout158",
         "heldout157", "heldout156",
         "heldout155", "heldout154",
         "heldout153", "heldout152",
         "heldout151", "heldout150",
         "heldout149", "heldout148", "heldout147", "heldout146",
         "heldout145", "heldout144", "heldout143", "heldout142",
         "heldout141", "heldout140", "heldout139", "heldout138",
         "heldout137", "heldout136", "heldout135", "heldout134",
         "heldout133", "heldout132",
         "heldout131", "heldout130", "heldout129", "heldout128", "heldout127", "heldout126",
         "heldout125", "heldout124", "heldout123", "heldout122",
         "heldout121", "heldout120", "heldout119", "heldout118", "heldout117", "heldout116",
         "heldout115", "heldout114", "heldout113", "heldout112", "heldout111", "heldout110",
         "heldout109", "heldout108", "heldout107", "heldout106", "heldout105", "heldout104",
         "heldout103", "heldout102", "heldout101", "heldout100", "heldout99", "heldout98",
         "heldout97", "heldout96", "heldout95", "heldout94", "heldout93", "heldout92", "heldout91",
         "heldout90", "heldout89", "heldout88", "heldout87", "heldout86", "heldout85", "heldout84",
         "heldout83", "heldout82", "heldout81", "heldout80", "heldout79", "heldout78", "heldout77",
         "heldout76", "heldout75", "heldout74", "heldout73", "heldout72", "heldout71", "heldout70",
         "heldout69", "heldout68", "heldout67", "heldout66", "heldout65", "heldout64", "heldout63",
         "heldout62", "heldout61", "heldout60", "heldout59", "heldout58", "heldout57", "heldout56",
         "heldout55", "heldout54", "heldout53", "heldout52", "heldout51", "heldout50", "heldout49",
         "heldout48", "heldout47", "heldout46", "heldout45", "heldout44", "heldout43", "heldout42",
         "heldout41", "heldout40", "heldout39", "heldout38", "heldout37", "heldout36", "heldout35",
         "heldout34", "heldout33", "heldout32", "heldout31", "heldout30", "heldout29", "heldout28",
         "heldout27", "heldout26", "heldout25", "heldout24", "heldout23", "heldout22", "heldout21",
         "heldout20", "heldout19", "heldout18", "heldout17", "heldout16", "heldout15", "heldout14",
         "heldout13", "heldout12", "heldout11", "heldout10", "heldout9", "heldout8", "heldout7",
         "heldout6", "heldout5", "heldout4", "heldout3", "heldout2", "heldout", "healthy", "tuned")
TITLES = {
    "heldout209": "Two-hundred-and-ninth fresh held-out part (written beside heldout208, "
                  "after heldout204 to 207's measurement, before any change is measured "
                  "on it)",
    "heldout208": "Two-hundred-and-eighth fresh held-out part (written beside heldout209, "
                  "after heldout204 to 207's measurement, before any change is measured "
                  "on it)",
    "heldout207": "Two-hundred-and-seventh fresh held-out part (written beside heldout204, "
                  "heldout205 and heldout206, after heldout200 to 203's measurement, before any "
                  "change is measured on it)",
    "heldout206": "Two-hundred-and-sixth fresh held-out part (written beside heldout204, "
                  "heldout205 and heldout207, after heldout200 to 203's measurement, before any "
                  "change is measured on it)",
    "heldout205": "Two-hundred-and-fifth fresh held-out part (written beside heldout204, "
                  "heldout206 and heldout207, after heldout200 to 203's measurement, before any "
                  "change is measured on it)",
    "heldout204": "Two-hundred-and-fourth fresh held-out part (written beside heldout205, "
                  "heldout206 and heldout207, after heldout200 to 203's measurement, before any "
                  "change is measured on it)",
    "heldout203": "Two-hundred-and-third fresh held-out part (written beside heldout202, "
                  "after heldout198's and heldout199's measurement, before any change is measured "
                  "on it)",
    "heldout202": "Two-hundred-and-second fresh held-out part (written beside heldout203, "
                  "after heldout198's and heldout199's measurement, before any change is measured "
                  "on it)",
    "heldout201": "Two-hundred-and-first fresh held-out part (written beside heldout200, "
                  "after heldout198's and heldout199's measurement, before any change is measured "
                  "on it)",
    "heldout200": "Two-hundredth fresh held-out part (written beside heldout201, "
                  "after heldout198's and heldout199's measurement, before any change is measured "
                  "on it)",
    "heldout199": "Hundred-and-ninety-ninth fresh held-out part (written beside heldout198, "
                  "after heldout196's and heldout197's measurement, before any change is measured "
                  "on it)",
    "heldout198": "Hundred-and-ninety-eighth fresh held-out part (written beside heldout199, "
                  "after heldout196's and heldout197's measurement, before any change is measured "
                  "on it)",
    "heldout197": "Hundred-and-ninety-seventh fresh held-out part (written beside heldout196, "
                  "after heldout194's and heldout195's measurement, before any change is measured "
                  "on it)",
    "heldout196": "Hundred-and-ninety-sixth fresh held-out part (written beside heldout197, "
                  "after heldout194's and heldout195's measurement, before any change is measured "
                  "on it)",
    "heldout195": "Hundred-and-ninety-fifth fresh held-out part (written beside heldout194, "
                  "after heldout192's and heldout193's measurement, before any change is measured "
                  "on it)",
    "heldout194": "Hundred-and-ninety-fourth fresh held-out part (written beside heldout195, "
                  "after heldout192's and heldout193's measurement, before any change is measured "
                  "on it)",
    "heldout193": "Hundred-and-ninety-third fresh held-out part (written beside heldout192, "
                  "after heldout190's and heldout191's measurement, before any change is measured "
                  "on it)",
    "heldout192": "Hundred-and-ninety-second fresh held-out part (written beside heldout193, "
                  "after heldout190's and heldout191's measurement, before any change is measured "
                  "on it)",
    "heldout191": "Hundred-and-ninety-first fresh held-out part (written beside heldout190, "
                  "after heldout188's and heldout189's measurement, before any change is measured "
                  "on it)",
    "heldout190": "Hundred-and-ninetieth fresh held-out part (written beside heldout191, "
                  "after heldout188's and heldout189's measurement, before any change is measured "
                  "on it)",
    "heldout189": "Hundred-and-eighty-ninth fresh held-out part (written beside heldout188, "
                  "after heldout186's and heldout187's measurement, before any change is measured "
                  "on it)",
    "heldout188": "Hundred-and-eighty-eighth fresh held-out part (written beside heldout189, "
                  "after heldout186's and heldout187's measurement, before any change is measured "
                  "on it)",
    "heldout187": "Hundred-and-eighty-seventh fresh held-out part (written beside heldout186, "
                  "after heldout184's and heldout185's measurement, before any change is measured "
                  "on it)",
    "heldout186": "Hundred-and-eighty-sixth fresh held-out part (written beside heldout187, "
                  "after heldout184's and heldout185's measurement, before any change is measured "
                  "on it)",
    "heldout185": "Hundred-and-eighty-fifth fresh held-out part (written beside heldout184, "
                  "after heldout180's and heldout181's measurement, while heldout182 and "
                  "heldout183 were measured, before any change is measured on it)",
    "heldout184": "Hundred-and-eighty-fourth fresh held-out part (written beside heldout185, "
                  "after heldout180's and heldout181's measurement, while heldout182 and "
                  "heldout183 were measured, before any change is measured on it)",
    "heldout183": "Hundred-and-eighty-third fresh held-out part (written beside heldout182, "
                  "after heldout180's and heldout181's measurement, before any change is measured "
                  "on it)",
    "heldout182": "Hundred-and-eighty-second fresh held-out part (written beside heldout183, "
                  "after heldout180's and heldout181's measurement, before any change is measured "
                  "on it)",
    "heldout181": "Hundred-and-eighty-first fresh held-out part (written beside heldout180, "
                  "after heldout178's and heldout179's measurement, before any change is measured "
                  "on it)",
    "heldout180": "Hundred-and-eightieth fresh held-out part (written beside heldout181, "
                  "after heldout178's and heldout179's measurement, before any change is measured "
                  "on it)",
    "heldout179": "Hundred-and-seventy-ninth fresh held-out part (written beside heldout178, "
                  "after heldout174's and heldout175's measurement, while heldout176 and "
                  "heldout177 were measured, before any change is measured on it)",
    "heldout178": "Hundred-and-seventy-eighth fresh held-out part (written beside heldout179, "
                  "after heldout174's and heldout175's measurement, while heldout176 and "
                  "heldout177 were measured, before any change is measured on it)",
    "heldout177": "Hundred-and-seventy-seventh fresh held-out part (written beside heldout176, "
                  "after heldout172's and heldout173's measurement, while heldout174 and "
                  "heldout175 were measured, before any change is measured on it)",
    "heldout176": "Hundred-and-seventy-sixth fresh held-out part (written beside heldout177, "
                  "after heldout172's and heldout173's measurement, while heldout174 and "
                  "heldout175 were measured, before any change is measured on it)",
    "heldout175": "Hundred-and-seventy-fifth fresh held-out part (written beside heldout174, after "
                  "heldout170's and heldout171's measurement, while heldout172 and heldout173 "
                  "were measured, before any change is measured on it)",
    "heldout174": "Hundred-and-seventy-fourth fresh held-out part (written beside heldout175, "
                  "after heldout170's and heldout171's measurement, while heldout172 and "
                  "heldout173 were measured, before any change is measured on it)",
    "heldout173": "Hundred-and-seventy-third fresh held-out part (written beside heldout172, after "
                  "heldout168's and heldout169's measurement, while heldout170 and heldout171 "
                  "were measured, before any change is measured on it)",
    "heldout172": "Hundred-and-seventy-second fresh held-out part (written beside heldout173, "
                  "after heldout168's and heldout169's measurement, while heldout170 and "
                  "heldout171 were measured, before any change is measured on it)",
    "heldout171": "Hundred-and-seventy-first fresh held-out part (written beside heldout170, after "
                  "heldout166's and heldout167's measurement, while heldout168 and heldout169 "
                  "were measured, before any change is measured on it)",
    "heldout170": "Hundred-and-seventieth fresh held-out part (written beside heldout171, after "
                  "heldout166's and heldout167's measurement, while heldout168 and heldout169 "
                  "were measured, before any change is measured on it)",
    "heldout169": "Hundred-and-sixty-ninth fresh held-out part (written beside heldout168, after "
                  "heldout164's and heldout165's measurement, while heldout166 and heldout167 "
                  "were measured, before any change is measured on it)",
    "heldout168": "Hundred-and-sixty-eighth fresh held-out part (written beside heldout169, after "
                  "heldout164's and heldout165's measurement, while heldout166 and heldout167 "
                  "were measured, before any change is measured on it)",
    "heldout167": "Hundred-and-sixty-seventh fresh held-out part (written beside heldout166, after "
                  "heldout164's and heldout165's measurement, before any change is measured on it)",
    "heldout166": "Hundred-and-sixty-sixth fresh held-out part (written beside heldout167, after "
                  "heldout164's and heldout165's measurement, before any change is measured on it)",
    "heldout165": "Hundred-and-sixty-fifth fresh held-out part (written beside heldout164, after "
                  "heldout162's and heldout163's measurement, before any change is measured on it)",
    "heldout164": "Hundred-and-sixty-fourth fresh held-out part (written beside heldout165, after "
                  "heldout162's and heldout163's measurement, before any change is measured on it)",
    "heldout163": "Hundred-and-sixty-third fresh held-out part (written beside heldout162, after "
                  "heldout160's and heldout161's measurement, before any change is measured on it)",
    "heldout162": "Hundred-and-sixty-second fresh held-out part (written beside heldout163, after "
                  "heldout160's and heldout161's measurement, before any change is measured on it)",
    "heldout161": "Hundred-and-sixty-first fresh held-out part (written beside heldout160, after "
                  "heldout158's and heldout159's measurement, before any change is measured on it)",
    "heldout160": "Hundred-and-sixtieth fresh held-out part (written beside heldout161, after "
                  "heldout158's and heldout159's measurement, before any change is measured on it)",
    "heldout159": "Hundred-and-fifty-ninth fresh held-out part (written beside heldout158, after "
                  "heldout156's and heldout157's measurement, before any change is measured on it)",
    "heldout158": "Hundred-and-fifty-eighth fresh held-out part (written beside heldout159, after "
                  "heldout156's and heldout157's measurement, before any change is measured on it)",
    "heldout157": "Hundred-and-fifty-seventh fresh held-out part (written beside heldout156, after "
                  "heldout154's and heldout155's measurement, before any change is measured on it)",
    "heldout156": "Hundred-and-fifty-sixth fresh held-out part (written beside heldout157, after "
                  "heldout154's and heldout155's measurement, before any change is measured on it)",
    "heldout155": "Hundred-and-fifty-fifth fresh held-out part (written beside heldout154, after "
                  "heldout152's and heldout153's measurement, before any change is measured on it)",
    "heldout154": "Hundred-and-fifty-fourth fresh held-out part (written beside heldout155, after "
                  "heldout152's and heldout153's measurement, before any change is measured on it)",
    "heldout153": "Hundred-and-fifty-third fresh held-out part (written beside heldout152, after "
                  "heldout150's and heldout151's measurement, before any change is measured on it)",
    "heldout152": "Hundred-and-fifty-second fresh held-out part (written beside heldout153, after "
                  "heldout150's and heldout151's measurement, before any change is measured on it)",
    "heldout151": "Hundred-and-fifty-first fresh held-out part (written beside heldout150, after "
                  "heldout148's and heldout149's measurement, before any change is measured on it)",
    "heldout150": "Hundred-and-fiftieth fresh held-out part (written beside heldout151, after "
                  "heldout148's and heldout149's measurement, before any change is measured on it)",
    "heldout149": "Hundred-and-forty-ninth fresh held-out part (written beside heldout148, after "
                  "heldout146's and heldout147's measurement, before any change is measured on it)",
    "heldout148": "Hundred-and-forty-eighth fresh held-out part (written beside heldout149, after "
                  "heldout146's and heldout147's measurement, before any change is measured on it)",
    "heldout147": "Hundred-and-forty-seventh fresh held-out part (written beside heldout146, after "
                  "heldout144's and heldout145's measurement, before any change is measured on it)",
    "heldout146": "Hundred-and-forty-sixth fresh held-out part (written beside heldout147, after "
                  "heldout144's and heldout145's measurement, before any change is measured on it)",
    "heldout145": "Hundred-and-forty-fifth fresh held-out part (written beside heldout144, after "
                  "heldout142's and heldout143's measurement, before any change is measured on it)",
    "heldout144": "Hundred-and-forty-fourth fresh held-out part (written beside heldout145, after "
                  "heldout142's and heldout143's measurement, before any change is measured on it)",
    "heldout143": "Hundred-and-forty-third fresh held-out part (written beside heldout142, after "
                  "heldout140's and heldout141's measurement, before any change is measured on it)",
    "heldout142": "Hundred-and-forty-second fresh held-out part (written beside heldout143, after "
                  "heldout140's and heldout141's measurement, before any change is measured on it)",
    "heldout141": "Hundred-and-forty-first fresh held-out part (written beside heldout140, after "
                  "heldout138's and heldout139's measurement, before any change is measured on it)",
    "heldout140": "Hundred-and-fortieth fresh held-out part (written beside heldout141, after "
                  "heldout138's and heldout139's measurement, before any change is measured on it)",
    "heldout139": "Hundred-and-thirty-ninth fresh held-out part (written beside heldout138, after "
                  "heldout136's and heldout137's measurement, before any change is measured on it)",
    "heldout138": "Hundred-and-thirty-eighth fresh held-out part (written beside heldout139, after "
                  "heldout136's and heldout137's measurement, before any change is measured on it)",
    "heldout137": "Hundred-and-thirty-seventh fresh held-out part (written beside heldout136, "
                  "after heldout134's and heldout135's measurement, before any change is "
                  "measured on it)",
    "heldout136": "Hundred-and-thirty-sixth fresh held-out part (written beside heldout137, after "
                  "heldout134's and heldout135's measurement, before any change is measured on it)",
    "heldout135": "Hundred-and-thirty-fifth fresh held-out part (written beside heldout134, after "
                  "heldout130's and heldout131's measurement, before any change is measured on it)",
    "heldout134": "Hundred-and-thirty-fourth fresh held-out part (written beside heldout135, after "
                  "heldout130's and heldout131's measurement, before any change is measured on it)",
    "heldout133": "Hundred-and-thirty-third fresh held-out part (written beside heldout132, after "
                  "heldout130's and heldout131's measurement, before any change is measured on it)",
    "heldout132": "Hundred-and-thirty-second fresh held-out part (written beside heldout133, after "
                  "heldout130's and heldout131's measurement, before any change is measured on it)",
    "heldout131": "Hundred-and-thirty-first fresh held-out part (written beside heldout130, after "
                  "heldout128's and heldout129's measurement, before any change is measured on it)",
    "heldout130": "Hundred-and-thirtieth fresh held-out part (written beside heldout131, after "
                  "heldout128's and heldout129's measurement, before any change is measured on it)",
    "heldout129": "Hundred-and-twenty-ninth fresh held-out part (written beside heldout128, after "
                  "heldout126's and heldout127's measurement, before any change is measured on it)",
    "heldout128": "Hundred-and-twenty-eighth fresh held-out part (written beside heldout129, after "
                  "heldout126's and heldout127's measurement, before any change is measured on it)",
    "heldout127": "Hundred-and-twenty-seventh fresh held-out part (written beside heldout126, "
                  "after heldout124's and heldout125's measurement, before any change is measured "
                  "on it)",
    "heldout126": "Hundred-and-twenty-sixth fresh held-out part (written beside heldout127, after "
                  "heldout124's and heldout125's measurement, before any change is measured on it)",
    "heldout125": "Hundred-and-twenty-fifth fresh held-out part (written beside heldout124, after "
                  "heldout122's and heldout123's measurement, before any change is measured on it)",
    "heldout124": "Hundred-and-twenty-fourth fresh held-out part (written beside heldout125, after "
                  "heldout122's and heldout123's measurement, before any change is measured on it)",
    "heldout123": "Hundred-and-twenty-third fresh held-out part (written beside heldout122, after "
                  "heldout120's and heldout121's measurement, before any change is measured on it)",
    "heldout122": "Hundred-and-twenty-second fresh held-out part (written beside heldout123, after "
                  "heldout120's and heldout121's measurement, before any change is measured on it)",
    "heldout121": "Hundred-and-twenty-first fresh held-out part (written beside heldout120, after "
                  "heldout118's and heldout119's measurement, before any change is measured on it)",
    "heldout120": "Hundred-and-twentieth fresh held-out part (written beside heldout121, after "
                  "heldout118's and heldout119's measurement, before any change is measured on it)",
    "heldout119": "Hundred-and-nineteenth fresh held-out part (written beside heldout118, after "
                  "heldout116's and heldout117's measurement, before any change is measured on it)",
    "heldout118": "Hundred-and-eighteenth fresh held-out part (written beside heldout119, after "
                  "heldout116's and heldout117's measurement, before any change is measured on it)",
    "heldout117": "Hundred-and-seventeenth fresh held-out part (written beside heldout116, after "
                  "heldout114's and heldout115's measurement, before any change is measured on it)",
    "heldout116": "Hundred-and-sixteenth fresh held-out part (written beside heldout117, after "
                  "heldout114's and heldout115's measurement, before any change is measured on it)",
    "heldout115": "Hundred-and-fifteenth fresh held-out part (written beside heldout114, after "
                  "heldout112's and heldout113's measurement, before any change is measured on "
                  "it)",
    "heldout114": "Hundred-and-fourteenth fresh held-out part (written beside heldout115, after "
                  "heldout112's and heldout113's measurement, before any change is measured on "
                  "it)",
    "heldout113": "Hundred-and-thirteenth fresh held-out part (written beside heldout112, after "
                  "heldout110's and heldout111's measurement, before any change is measured on "
                  "it)",
    "heldout112": "Hundred-and-twelfth fresh held-out part (written beside heldout113, after "
                  "heldout110's and heldout111's measurement, before any change is measured on "
                  "it)",
    "heldout111": "Hundred-and-eleventh fresh held-out part (written beside heldout110, after "
                  "heldout108's and heldout109's measurement, before any change is measured on "
                  "it)",
    "heldout110": "Hundred-and-tenth fresh held-out part (written beside heldout111, after "
                  "heldout108's and heldout109's measurement, before any change is measured on "
                  "it)",
    "heldout109": "Hundred-and-ninth fresh held-out part (written beside heldout108, after "
                  "heldout106's and heldout107's measurement, before any change is measured on "
                  "it)",
    "heldout108": "Hundred-and-eighth fresh held-out part (written beside heldout109, after "
                  "heldout106's and heldout107's measurement, before any change is measured on "
                  "it)",
    "heldout107": "Hundred-and-seventh fresh held-out part (written beside heldout106, after "
                  "heldout104's and heldout105's measurement, before any change is measured on "
                  "it)",
    "heldout106": "Hundred-and-sixth fresh held-out part (written beside heldout107, after "
                  "heldout104's and heldout105's measurement, before any change is measured on "
                  "it)",
    "heldout105": "Hundred-and-fifth fresh held-out part (written beside heldout104, after "
                  "heldout102's and heldout103's measurement, before any change is measured on "
                  "it)",
    "heldout104": "Hundred-and-fourth fresh held-out part (written beside heldout105, after "
                  "heldout102's and heldout103's measurement, before any change is measured on "
                  "it)",
    "heldout103": "Hundred-and-third fresh held-out part (written beside heldout102, after "
                  "heldout100's and heldout101's measurement, before any change is measured on "
                  "it)",
    "heldout102": "Hundred-and-second fresh held-out part (written beside heldout103, after "
                  "heldout100's and heldout101's measurement, before any change is measured on "
                  "it)",
    "heldout101": "Hundred-and-first fresh held-out part (written beside heldout100, after "
                  "heldout98's and heldout99's measurement, before any change is measured on it)",
    "heldout100": "Hundredth fresh held-out part (written beside heldout101, after heldout98's "
                  "and heldout99's measurement, before any change is measured on it)",
    "heldout99": "Ninety-ninth fresh held-out part (written beside heldout98, after heldout96's "
                 "and heldout97's measurement, before any change is measured on it)",
    "heldout98": "Ninety-eighth fresh held-out part (written beside heldout99, after heldout96's "
                 "and heldout97's measurement, before any change is measured on it)",
    "heldout97": "Ninety-seventh fresh held-out part (written beside heldout96, after heldout94's "
                 "and heldout95's measurement, before any change is measured on it)",
    "heldout96": "Ninety-sixth fresh held-out part (written beside heldout97, after heldout94's "
                 "and heldout95's measurement, before any change is measured on it)",
    "heldout95": "Ninety-fifth fresh held-out part (written beside heldout94, after heldout92's "
                 "and heldout93's measurement, before any change is measured on it)",
    "heldout94": "Ninety-fourth fresh held-out part (written beside heldout95, after heldout92's "
                 "and heldout93's measurement, before any change is measured on it)",
    "heldout93": "Ninety-third fresh held-out part (written beside heldout92, after heldout90's "
                 "and heldout91's measurement, before any change is measured on it)",
    "heldout92": "Ninety-second fresh held-out part (written beside heldout93, after heldout90's "
                 "and heldout91's measurement, before any change is measured on it)",
    "heldout91": "Ninety-first fresh held-out part (written beside heldout90, after heldout88's "
                 "and heldout89's measurement, before any change is measured on it)",
    "heldout90": "Ninetieth fresh held-out part (written beside heldout91, after heldout88's "
                 "and heldout89's measurement, before any change is measured on it)",
    "heldout89": "Eighty-ninth fresh held-out part (written beside heldout88, after heldout86's "
                 "and heldout87's measurement, before any change is measured on it)",
    "heldout88": "Eighty-eighth fresh held-out part (written beside heldout89, after heldout86's "
                 "and heldout87's measurement, before any change is measured on it)",
    "heldout87": "Eighty-seventh fresh held-out part (written beside heldout86, after heldout84's "
                 "and heldout85's measurement, before any change is measured on it)",
    "heldout86": "Eighty-sixth fresh held-out part (written beside heldout87, after heldout84's "
                 "and heldout85's measurement, before any change is measured on it)",
    "heldout85": "Eighty-fifth fresh held-out part (written beside heldout84, after heldout82's "
                 "and heldout83's measurement, before any change is measured on it)",
    "heldout84": "Eighty-fourth fresh held-out part (written beside heldout85, after heldout82's "
                 "and heldout83's measurement, before any change is measured on it)",
    "heldout83": "Eighty-third fresh held-out part (written beside heldout82, after heldout80's "
                 "and heldout81's measurement, before any change is measured on it)",
    "heldout82": "Eighty-second fresh held-out part (written beside heldout83, after "
                 "heldout80's and heldout81's measurement, before any change is measured on it)",
    "heldout81": "Eighty-first fresh held-out part (written beside heldout80, after heldout78's "
                 "and heldout79's measurement, before any change is measured on it)",
    "heldout80": "Eightieth fresh held-out part (written beside heldout81, after heldout78's "
                 "and heldout79's measurement, before any change is measured on it)",
    "heldout79": "Seventy-ninth fresh held-out part (written beside heldout78, after heldout76's "
                 "and heldout77's measurement, before any change is measured on it)",
    "heldout78": "Seventy-eighth fresh held-out part (written beside heldout79, after "
                 "heldout76's and heldout77's measurement, before any change is measured on it)",
    "heldout77": "Seventy-seventh fresh held-out part (written beside heldout76, after "
                 "heldout74's and heldout75's measurement, before any change is measured on it)",
    "heldout76": "Seventy-sixth fresh held-out part (written beside heldout77, after heldout74's "
                 "and heldout75's measurement, before any change is measured on it)",
    "heldout75": "Seventy-fifth fresh held-out part (written beside heldout74, after heldout72's "
                 "and heldout73's measurement, before any change is measured on it)",
    "heldout74": "Seventy-fourth fresh held-out part (written beside heldout75, after "
                 "heldout72's and heldout73's measurement, before any change is measured on it)",
    "heldout73": "Seventy-third fresh held-out part (written beside heldout72, after heldout70's "
                 "and heldout71's measurement, before any change is measured on it)",
    "heldout72": "Seventy-second fresh held-out part (written beside heldout73, after "
                 "heldout70's and heldout71's measurement, before any change is measured on it)",
    "heldout71": "Seventy-first fresh held-out part (written beside heldout70, after heldout68's "
                 "and heldout69's writing, before any change is measured on it)",
    "heldout70": "Seventieth fresh held-out part (written beside heldout71, after heldout68's "
                 "and heldout69's writing, before any change is measured on it)",
    "heldout69": "Sixty-ninth fresh held-out part (written beside heldout68, after heldout66's "
                 "and heldout67's measurement, before any change is measured on it)",
    "heldout68": "Sixty-eighth fresh held-out part (written beside heldout69, after heldout66's "
                 "and heldout67's measurement, before any change is measured on it)",
    "heldout67": "Sixty-seventh fresh held-out part (written beside heldout66, after heldout64's "
                 "and heldout65's writing, before any change is measured on it)",
    "heldout66": "Sixty-sixth fresh held-out part (written beside heldout67, after heldout64's "
                 "and heldout65's writing, before any change is measured on it)",
    "heldout65": "Sixty-fifth fresh held-out part (written beside heldout64, after heldout62's "
                 "and heldout63's measurement, before any change is measured on it)",
    "heldout64": "Sixty-fourth fresh held-out part (written beside heldout65, after heldout62's "
                 "and heldout63's measurement, before any change is measured on it)",
    "heldout63": "Sixty-third fresh held-out part (written beside heldout62, after heldout58's "
                 "and heldout59's measurement, before any change is measured on it)",
    "heldout62": "Sixty-second fresh held-out part (written beside heldout63, after heldout58's "
                 "and heldout59's measurement, before any change is measured on it)",
    "heldout61": "Sixty-first fresh held-out part (written beside heldout60, after heldout58's "
                 "and heldout59's measurement, before any change is measured on it)",
    "heldout60": "Sixtieth fresh held-out part (written beside heldout61, after heldout56's "
                 "and heldout57's measurement, before any change is measured on it)",
    "heldout59": "Fifty-ninth fresh held-out part (written beside heldout58, after heldout56's "
                 "and heldout57's measurement, before any change is measured on it)",
    "heldout58": "Fifty-eighth fresh held-out part (written beside heldout59, after heldout56's "
                 "and heldout57's measurement, before any change is measured on it)",
    "heldout57": "Fifty-seventh fresh held-out part (written beside heldout56, after heldout54's "
                 "and heldout55's measurement, before any change is measured on it)",
    "heldout56": "Fifty-sixth fresh held-out part (written beside heldout57, after heldout54's "
                 "and heldout55's measurement, before any change is measured on it)",
    "heldout55": "Fifty-fifth fresh held-out part (written beside heldout54, after heldout52's "
                 "and heldout53's measurement, before any change is measured on it)",
    "heldout54": "Fifty-fourth fresh held-out part (written beside heldout55, after heldout52's "
                 "and heldout53's measurement, before any change is measured on it)",
    "heldout53": "Fifty-third fresh held-out part (written beside heldout52, after heldout50's and "
                 "heldout51's measurement, before any change is measured on it)",
    "heldout52": "Fifty-second fresh held-out part (written beside heldout53, after heldout50's "
                 "and heldout51's measurement, before any change is measured on it)",
    "heldout51": "Fifty-first fresh held-out part (written beside heldout50, after heldout48's and "
                 "heldout49's measurement, before any change is measured on it)",
    "heldout50": "Fiftieth fresh held-out part (written beside heldout51, after heldout48's and "
                 "heldout49's measurement, before any change is measured on it)",
    "heldout49": "Forty-ninth fresh held-out part (written beside heldout48, after heldout47's "
                 "measurement, before any change is measured on it)",
    "heldout48": "Forty-eighth fresh held-out part (written after heldout47's measurement, "
                 "before any change is measured on it)",
    "heldout47": "Forty-seventh fresh held-out part (written after heldout46's measurement, "
                 "before any change is measured on it)",
    "heldout46": "Forty-sixth fresh held-out part (written after heldout45's measurement, "
                 "before any change is measured on it)",
    "heldout45": "Forty-fifth fresh held-out part (written after heldout44's measurement, "
                 "before any change is measured on it)",
    "heldout44": "Forty-fourth fresh held-out part (written after heldout43's measurement, "
                 "before any change is measured on it)",
    "heldout43": "Forty-third fresh held-out part (written after heldout42's measurement, "
                 "before any change is measured on it)",
    "heldout42": "Forty-second fresh held-out part (written after heldout41's measurement, "
                 "before any change is measured on it)",
    "heldout41": "Forty-first fresh held-out part (written after heldout40's measurement, "
                 "before any change is measured on it)",
    "heldout40": "Fortieth fresh held-out part (written after heldout39's measurement, "
                 "before any change is measured on it)",
    "heldout39": "Thirty-ninth fresh held-out part (written after heldout38's measurement, "
                 "before any change is measured on it)",
    "heldout38": "Thirty-eighth fresh held-out part (written after heldout37's measurement, "
                 "before any change is measured on it)",
    "heldout37": "Thirty-seventh fresh held-out part (written after heldout36's measurement, "
                 "before any change is measured on it)",
    "heldout36": "Thirty-sixth fresh held-out part (written after heldout35's measurement, "
                 "before any change is measured on it)",
    "heldout35": "Thirty-fifth fresh held-out part (written after heldout34's measurement, "
                 "before any change is measured on it)",
    "heldout34": "Thirty-fourth fresh held-out part (written after heldout33's measurement, "
                 "before any change is measured on it)",
    "heldout33": "Thirty-third fresh held-out part (written after heldout32's measurement, "
                 "before any change is measured on it)",
    "heldout32": "Thirty-second fresh held-out part (written after heldout31's measurement, "
                 "before any change is measured on it)",
    "heldout31": "Thirty-first fresh held-out part (written after heldout30's measurement, "
                 "before any change is measured on it)",
    "heldout30": "Thirtieth fresh held-out part (written after heldout29's measurement, "
                 "before any change is measured on it)",
    "heldout29": "Twenty-ninth fresh held-out part (written after heldout28's measurement, "
                 "before any change is measured on it)",
    "heldout28": "Twenty-eighth fresh held-out part (written after heldout27's measurement, "
                 "before any change is measured on it)",
    "heldout27": "Twenty-seventh fresh held-out part (written after heldout26's measurement, "
                 "before any change is measured on it)",
    "heldout26": "Twenty-sixth fresh held-out part (written after heldout25's measurement, "
                 "before any change is measured on it)",
    "heldout25": "Twenty-fifth fresh held-out part (written after heldout24's measurement, "
                 "before any change is measured on it)",
    "heldout24": "Twenty-fourth fresh held-out part (written after heldout23's measurement, "
                 "before any change is measured on it)",
    "heldout23": "Twenty-third fresh held-out part (written after heldout22's measurement, "
                 "before any change is measured on it)",
    "heldout22": "Twenty-second fresh held-out part (written after heldout21's measurement, "
                 "before any change is measured on it)",
    "heldout21": "Twenty-first fresh held-out part (written after heldout20's measurement, "
                 "before any change is measured on it)",
    "heldout20": "Twentieth fresh held-out part (written after heldout19's measurement, before "
                 "any change is measured on it)",
    "heldout19": "Nineteenth fresh held-out part (written after heldout18's measurement, before "
                 "any change is measured on it)",
    "heldout18": "Eighteenth fresh held-out part (written after heldout17's measurement, before "
                 "any change is measured on it)",
    "heldout17": "Seventeenth fresh held-out part (written after heldout16's measurement, before "
                 "any change is measured on it)",
    "heldout16": "Sixteenth fresh held-out part (written after heldout15's measurement, before "
                 "any change is measured on it)",
    "heldout15": "Fifteenth fresh held-out part (written after heldout14's measurement, before "
                 "any change is measured on it)",
    "heldout14": "Fourteenth fresh held-out part (written after heldout13's measurement, before "
                 "any change is measured on it)",
    "heldout13": "Thirteenth fresh held-out part (written after heldout12's measurement, before "
                 "any change is measured on it)",
    "heldout12": "Twelfth fresh held-out part (written after heldout11's measurement, before any "
                 "change is measured on it)",
    "heldout11": "Eleventh fresh held-out part (written after heldout10's fixes, before any "
                 "change is measured on it)",
    "heldout10": "Tenth fresh held-out part (written after heldout9, before any change is "
                 "measured on it)",
    "heldout9": "Ninth fresh held-out part (written beside heldout8's fixes, before any change "
                "is measured on it)",
    "heldout8": "Eighth fresh held-out part (written after heldout7's fixes, before any change "
                "is measured on it)",
    "heldout7": "Seventh fresh held-out part (written after heldout6's fixes, before any change "
                "is measured on it)",
    "heldout6": "Sixth fresh held-out part (written after heldout4's fixes, before any change "
                "is measured on it)",
    "heldout5": "Fifth fresh held-out part (written after heldout4's fixes, before any change "
                "is measured on it)",
    "heldout4": "Fourth fresh held-out part (written after heldout3, before any change is "
                "measured on it)",
    "heldout3": "Third fresh held-out part (written after heldout2's measurement, before any "
                "change is measured on it)",
    "heldout2": "Second held-out part (written in session 3 before any threshold change; "
                "measured and looked at since)",
    "heldout": "First held-out part (looked at and fixed against: now counts as tuned-on)",
    "healthy": "Healthy runs (sound settings that train well)",
    "tuned": "Tuned cases (the thresholds were tuned on these)",
}


def _codes(codes: list[str]) -> str:
    return ", ".join(codes) if codes else "-"


def _num(x: float) -> str:
    return "-" if pd.isna(x) else f"{x:.2f}"


def _row(r: dict) -> None:
    if r["status"] == "error":
        print(f"| {r['case']} | {r['tool']} | {_codes(r['expect'])} | not run | - | - | "
              f"{r['verdict'] or '-'} | - | {r['seconds']:.1f} |", flush=True)
        return
    found = _codes(r["found"])
    if r.get("step_ok") is not None:
        found += f" (step {r['expect_step']} named: {'yes' if r['step_ok'] else 'no'})"
    print(f"| {r['case']} | {r['tool']} | {_codes(r['expect'])} | {found} | "
          f"{_codes(r['missed'])} | {_codes(r['false_alarms'])} | {r['verdict'] or '-'} | "
          f"{r['verdict_found'] or '-'} | {r['seconds']:.1f} |", flush=True)


def run_part(part: str, uri: str, seeds: list[int]) -> pd.DataFrame:
    cases = PARTS[part]
    frames = []
    for seed in seeds:
        print(f"\n### {TITLES[part]}, seed {seed}: {len(cases)} runs "
              f"({sum(c.healthy for c in cases)} healthy, {sum(c.is_script for c in cases)} "
              "from other tools)\n", flush=True)
        print("| case | tool | expected | found (warning+, not_converged info+) | missed | "
              "false alarm | verdict expected | verdict given | s |")
        print("|---|---|---|---|---|---|---|---|---|")
        t0 = time.perf_counter()
        frames.append(run_bank(uri, cases, seed=seed, progress=_row))
        print(f"\n{part}: trained and diagnosed in {time.perf_counter() - t0:.0f} s "
              f"({os.cpu_count()} CPUs)")
    return pd.concat(frames, ignore_index=True)


def report_part(part: str, df: pd.DataFrame, seeds: list[int]) -> dict:
    table = score(df)
    ran = df[df["status"] != "error"]
    runs = f"{len(ran)} runs" + (f" (seeds {', '.join(map(str, seeds))})" if len(seeds) > 1
                                 else "")
    print(f"\n### {part}: precision and recall per code, {runs}\n")
    print("| code | runs with the fault | found | recall | flagged | false alarms | precision "
          "| allowed side effect |")
    print("|---|---|---|---|---|---|---|---|")
    for r in table.itertuples():
        print(f"| `{r.Index}` | {r.cases} | {r.hits} | {_num(r.recall)} | {r.flagged} | "
              f"{r.false} | {_num(r.precision)} | {r.allowed} |")
    a = table.attrs
    faulty = ran[~ran["healthy"]]
    hits, cases, flagged = (int(table[c].sum()) for c in ("hits", "cases", "flagged"))
    recall = hits / cases if cases else float("nan")
    precision = hits / flagged if flagged else float("nan")
    given = int(ran["verdict_found"].notna().sum())
    print()
    print(f"- Recall over all expected findings: {hits} of {cases} ({_num(recall)}); "
          f"precision over all flagged findings: {hits} of {flagged} ({_num(precision)})")
    rate = a["healthy_false_alarm_rate"]
    print(f"- Healthy runs with a warning or critical finding: {a['healthy_false_alarms']} of "
          f"{a['healthy_runs']}" + ("" if pd.isna(rate) else f" (false-alarm rate {rate:.2f})"))
    print(f"- Faulty runs with a finding beyond their fault and its allowed effects: "
          f"{int(faulty['false_alarms'].map(bool).sum())} of {len(faulty)}")
    print(f"- Verdict accuracy: {a['verdict_correct']} of {a['verdict_cases']} "
          f"({_num(a['verdict_accuracy'])})" + ("" if given else
                                                 "; the diagnosis gives no verdict yet"))
    steps = ran[ran["expect_step"].notna()]
    if len(steps):
        named = int(steps["step_ok"].map(lambda v: v is True).sum())
        print(f"- Evidence names the expected step: {named} of {len(steps)}")
    print(f"- Stored tags agree with diagnosis.json: {int(ran['tags_match_json'].sum())} of "
          f"{len(ran)}")
    not_run = df[df["status"] == "error"]
    if len(not_run):
        print(f"\nCases that could not run yet ({len(not_run)}):\n")
        for r in not_run.itertuples():
            print(f"- {r.case} (seed {r.seed}): {r.error}")
    return {"part": part, "runs": len(ran), "not run": len(not_run), "recall": recall,
            "precision": precision, "healthy false alarms":
            f"{a['healthy_false_alarms']}/{a['healthy_runs']}",
            "verdict accuracy": a["verdict_accuracy"]}


def bank_report(uri: str, parts: list[str], seeds: list[int]) -> None:
    summary = []
    t0 = time.perf_counter()
    for part in parts:
        df = run_part(part, uri, seeds)
        summary.append(report_part(part, df, seeds))
    print(f"\n### Summary ({time.perf_counter() - t0:.0f} s)\n")
    print("| part | runs | not run | recall | precision | healthy false alarms | "
          "verdict accuracy |")
    print("|---|---|---|---|---|---|---|")
    for s in summary:
        print(f"| {s['part']} | {s['runs']} | {s['not run']} | {_num(s['recall'])} | "
              f"{_num(s['precision'])} | {s['healthy false alarms']} | "
              f"{_num(s['verdict accuracy'])} |")


def speed_report(steps: int, repeats: int) -> None:
    hist, meta = build_history(steps)
    diagnose(hist, meta)  # warm-up
    times = timed(lambda: diagnose(hist, meta), repeats)
    print(f"\n### Speed\n\n`diagnose` on a {steps:,}-step history ({len(hist):,} rows, "
          f"{hist['key'].nunique()} metrics): best {min(times):.3f} s, median "
          f"{statistics.median(times):.3f} s over {repeats} repeats")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", nargs="+", choices=ORDER, default=list(ORDER),
                    help="bank parts to run (reported in the order " + ", ".join(ORDER) + ")")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--steps", type=int, default=100_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--tracking-uri", default=None)
    ap.add_argument("--skip-bank", action="store_true", help="only time the diagnosis")
    ap.add_argument("--skip-speed", action="store_true", help="only run the bank")
    args = ap.parse_args()
    logging.getLogger("mlflow").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore")
    parts = [p for p in ORDER if p in args.parts]
    if not args.skip_bank:
        with tempfile.TemporaryDirectory() as tmp:
            bank_report(args.tracking_uri or f"sqlite:///{tmp}/bank.db", parts, args.seeds)
    if not args.skip_speed:
        speed_report(args.steps, args.repeats)


if __name__ == "__main__":
    main()
