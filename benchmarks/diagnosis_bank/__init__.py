"""The diagnosis bank: labelled runs made by really training small models, in 211 parts.

* :mod:`.heldout209`: the two-hundred-and-ninth fresh held-out part, written and labelled beside
  heldout208, after heldout204 to 207's measurement, by someone who saw no diagnosis, built as
  heldout196 to 207 were: every runner case trains its writer's own model through ``model.factory``
  (new data: a quadratic network, an Inception-style CNN and an echo-state (reservoir) sequence
  classifier, on data factories of the writer's own: a 4-class table, mark images, tide sequences
  and a regression).
* :mod:`.heldout208`: the two-hundred-and-eighth fresh held-out part, written and labelled beside
  heldout209, after heldout204 to 207's measurement, by someone who saw no diagnosis, built as
  heldout196 to 207 were: every runner case trains its writer's own model through ``model.factory``
  (new data: a SIREN-style MLP, a CoordConv CNN and a statistics-pooling sequence classifier, on
  data factories of the writer's own: a regression, a 4-class table, two-blot images and pulse
  sequences).
* :mod:`.heldout207`: the two-hundred-and-seventh fresh held-out part, written and labelled beside
  heldout204, heldout205 and heldout206, after heldout200 to 203's measurement, by someone who saw
  no diagnosis, built as heldout196 to 203 were: every runner case trains its writer's own model
  through ``model.factory`` (new data: a Kolmogorov-Arnold-style net, a network-in-network CNN and a
  Fourier-feature sequence net, on data factories of the writer's own: sine sequences, turned-L
  images, a 4-class table and a regression).
* :mod:`.heldout206`: the two-hundred-and-sixth fresh held-out part, written and labelled beside
  heldout204, heldout205 and heldout207, after heldout200 to 203's measurement, by someone who saw
  no diagnosis, built as heldout196 to 203 were: every runner case trains its writer's own model
  through ``model.factory`` (new data: a soft decision tree, a PReLU CNN with a spatial-pyramid
  pooling head and a learnt-query attention-pooling sequence model, on data factories of the
  writer's own: beacon sequences, mark images, a sorting table and a regression).
* :mod:`.heldout205`: the two-hundred-and-fifth fresh held-out part, written and labelled beside
  heldout204, heldout206 and heldout207, after heldout200 to 203's measurement, by someone who saw
  no diagnosis, built as heldout196 to 203 were: every runner case trains its writer's own model
  through ``model.factory`` (new data: a DenseNet-style CNN, a radial-basis-function network and a
  stacked ReLU ``torch.nn.RNN``, on data factories of the writer's own: glyph images, pulse
  sequences, a 3-class table and a regression).
* :mod:`.heldout204`: the two-hundred-and-fourth fresh held-out part, written and labelled beside
  heldout205, heldout206 and heldout207, after heldout200 to 203's measurement, by someone who saw
  no diagnosis, built as heldout196 to 203 were: every runner case trains its writer's own model
  through ``model.factory`` (new data: an MLP-Mixer, a deep-and-cross net and a 1-D CNN with
  attention pooling, on data factories of the writer's own: stripe images, a 3-class table, bump
  sequences and a regression).
* :mod:`.heldout203`: the two-hundred-and-third fresh held-out part, written and labelled beside
  heldout202, after heldout198's and heldout199's measurement, by someone who saw no diagnosis,
  built as heldout196 to 199 were: every runner case trains its writer's own model through
  ``model.factory`` (new data: a maxout MLP, a CNN with squeeze-and-excitation blocks and a temporal
  convolutional network, on data factories of the writer's own: tone sequences, 12x12 mark images, a
  4-class table and a regression).
* :mod:`.heldout202`: the two-hundred-and-second fresh held-out part, written and labelled beside
  heldout203, after heldout198's and heldout199's measurement, by someone who saw no diagnosis,
  built as heldout196 to 199 were: every runner case trains its writer's own model through
  ``model.factory`` (new data: a wide-and-deep net, a CNN of dilated convolutions with global max
  pooling and a feature-token attention net, on data factories of the writer's own: a 4-class table,
  12x12 glyph images and a regression).
* :mod:`.heldout201`: the two-hundred-and-first fresh held-out part, written and labelled beside
  heldout200, after heldout198's and heldout199's measurement, by someone who saw no diagnosis,
  built as heldout196 to 199 were: every runner case trains its writer's own model through
  ``model.factory`` (new data: a mixture-of-experts MLP, a ResNet-style CNN of bottleneck blocks and
  a bidirectional ``torch.nn.LSTM``, on data factories of the writer's own: bump sequences, glyph
  images, a 4-class table and a regression).
* :mod:`.heldout200`: the two-hundredth fresh held-out part, written and labelled beside heldout201,
  after heldout198's and heldout199's measurement, by someone who saw no diagnosis, built as
  heldout196 to 199 were: every runner case trains its writer's own model through ``model.factory``
  (new data: a highway/GLU MLP, a VGG-style CNN with batch norm, max pooling and dropout2d and a
  DeepSets set model, on data factories of the writer's own: a 3-class table, 12x12 tile images,
  4-class point sets and a regression).
* :mod:`.heldout199`: the hundred-and-ninety-ninth fresh held-out part, written and labelled
  beside heldout198, after heldout196's and heldout197's measurement, by someone who saw no
  diagnosis, built as those two were: every runner case trains its writer's own model through
  ``model.factory`` (new data: a two-tower MLP, a CNN with strided convolutions and a
  hand-written recurrent cell, on data factories of the writer's own: sequences, 12x12 marks,
  a 4-class table and a regression).
* :mod:`.heldout198`: the hundred-and-ninety-eighth fresh held-out part, written and labelled
  beside heldout199, after heldout196's and heldout197's measurement, by someone who saw no
  diagnosis, built as those two were: every runner case trains its writer's own model through
  ``model.factory`` (new data: a tiny transformer encoder, a depthwise-separable CNN and an MLP
  with layer normalisation and dropout, on data factories of the writer's own: sequences,
  small stroke images, a 3-class table and a regression).
* :mod:`.heldout197`: the hundred-and-ninety-seventh fresh held-out part, written and labelled
  beside heldout196, after heldout194's and heldout195's measurement, by someone who saw no
  diagnosis, built unlike the parts before it: every runner case trains its writer's own
  model through ``model.factory`` (new data: a bottleneck MLP classifier, a CNN with a
  residual block and group or layer normalisation and a 1-D convolutional net over sequences,
  on data factories of the writer's own: 3-class tone-band sequences, 14x14 texture images,
  a 4-class kiln-load table and a kiln-hours regression).
* :mod:`.heldout196`: the hundred-and-ninety-sixth fresh held-out part, written and labelled
  beside heldout197, after heldout194's and heldout195's measurement, by someone who saw no
  diagnosis, built unlike the parts before it: every runner case trains its writer's own
  model through ``model.factory`` (new data: a residual MLP with batch normalisation, a CNN
  with batch normalisation and global average pooling and a hand-written one-layer GRU, on
  data factories of the writer's own: 4-class waveform sequences, 12x12 five-shape images, a
  5-class table and a regression; the built-in MLP for its exploding and vanishing runs).
* :mod:`.heldout195`: the hundred-and-ninety-fifth fresh held-out part, written and labelled
  beside heldout194, after heldout192's and heldout193's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a melodica (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1111 dimensions, a 1114-feature 5-class set, a 1117-feature Friedman-1 regression,
  cheshire batch-stage and trishaw-tour daily-riders CSV files of their own).
* :mod:`.heldout194`: the hundred-and-ninety-fourth fresh held-out part, written and labelled
  beside heldout195, after heldout192's and heldout193's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a hurdy-gurdy (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1101 dimensions, a 1104-feature 5-class set, a 1107-feature Friedman-1 regression,
  double-gloucester batch-stage and bobsleigh-track daily-runs CSV files of their own).
* :mod:`.heldout193`: the hundred-and-ninety-third fresh held-out part, written and labelled
  beside heldout192, after heldout190's and heldout191's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a cabasa (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1091 dimensions, a 1094-feature 5-class set, a 1097-feature Friedman-1 regression,
  lancashire batch-stage and glider-club daily-launches CSV files of their own).
* :mod:`.heldout192`: the hundred-and-ninety-second fresh held-out part, written and labelled
  beside heldout193, after heldout190's and heldout191's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a vibraslap (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1081 dimensions, a 1084-feature 5-class set, a 1087-feature Friedman-1 regression,
  jarlsberg batch-stage and narrowboat-hire daily-boats-out CSV files of their own).
* :mod:`.heldout191`: the hundred-and-ninety-first fresh held-out part, written and labelled
  beside heldout190, after heldout188's and heldout189's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of an autoharp (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1071 dimensions, a 1074-feature 5-class set, a 1077-feature Friedman-1 regression,
  cotija batch-stage and airship-tour daily-passengers CSV files of their own).
* :mod:`.heldout190`: the hundred-and-ninetieth fresh held-out part, written and labelled
  beside heldout191, after heldout188's and heldout189's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a musical saw (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1061 dimensions, a 1064-feature 5-class set, a 1067-feature Friedman-1 regression,
  stinking-bishop batch-stage and paddle-steamer daily-trips CSV files of their own).
* :mod:`.heldout189`: the hundred-and-eighty-ninth fresh held-out part, written and labelled
  beside heldout188, after heldout186's and heldout187's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a washboard (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1051 dimensions, a 1054-feature 5-class set, a 1057-feature Friedman-1 regression,
  salers batch-stage and hydrofoil-ferry daily-crossings CSV files of their own).
* :mod:`.heldout188`: the hundred-and-eighty-eighth fresh held-out part, written and labelled
  beside heldout189, after heldout186's and heldout187's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a glockenspiel (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1041 dimensions, a 1044-feature 5-class set, a 1047-feature Friedman-1 regression,
  cheddar batch-stage and heritage-trolley daily-riders CSV files of their own).
* :mod:`.heldout187`: the hundred-and-eighty-seventh fresh held-out part, written and labelled
  beside heldout186, after heldout184's and heldout185's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a French horn (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1031 dimensions, a 1034-feature 5-class set, a 1037-feature Friedman-1 regression,
  epoisses batch-stage and sidecar-tour daily-rides CSV files of their own).
* :mod:`.heldout186`: the hundred-and-eighty-sixth fresh held-out part, written and labelled
  beside heldout187, after heldout184's and heldout185's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a rain stick (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1021 dimensions, a 1024-feature 5-class set, a 1027-feature Friedman-1 regression,
  munster batch-stage and submarine-tour daily-dives CSV files of their own).
* :mod:`.heldout185`: the hundred-and-eighty-fifth fresh held-out part, written and labelled
  beside heldout184, after heldout180's and heldout181's measurement (while heldout182 and
  heldout183 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a sousaphone (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1011 dimensions, a 1014-feature 5-class set, a 1017-feature Friedman-1 regression,
  appenzeller batch-stage and steam-train daily-passengers CSV files of their own).
* :mod:`.heldout184`: the hundred-and-eighty-fourth fresh held-out part, written and labelled
  beside heldout185, after heldout180's and heldout181's measurement (while heldout182 and
  heldout183 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a kalimba (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 1001 dimensions, a 1004-feature 5-class set, a 1007-feature Friedman-1 regression,
  limburger batch-stage and airboat-tour daily-trips CSV files of their own).
* :mod:`.heldout183`: the hundred-and-eighty-third fresh held-out part, written and labelled
  beside heldout182, after heldout180's and heldout181's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a hang drum (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 991 dimensions, a 994-feature 5-class set, a 997-feature Friedman-1 regression, wensleydale
  batch-stage and jet-boat daily-rides CSV files of their own).
* :mod:`.heldout182`: the hundred-and-eighty-second fresh held-out part, written and labelled
  beside heldout183, after heldout180's and heldout181's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a harmonium (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 981 dimensions, a 984-feature 5-class set, a 987-feature Friedman-1 regression, caerphilly
  batch-stage and seaplane-tour daily-flights CSV files of their own).
* :mod:`.heldout181`: the hundred-and-eighty-first fresh held-out part, written and labelled
  beside heldout180, after heldout178's and heldout179's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a tabla pair (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 971 dimensions, a 974-feature 5-class set, a 977-feature Friedman-1 regression, pouligny
  batch-stage and cable-ferry daily-crossings CSV files of their own).
* :mod:`.heldout180`: the hundred-and-eightieth fresh held-out part, written and labelled
  beside heldout181, after heldout178's and heldout179's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10
  image set of a pan flute (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 961 dimensions, a 964-feature 5-class set, a 967-feature Friedman-1 regression, nectaire
  batch-stage and alpine-coaster daily-riders CSV files of their own).
* :mod:`.heldout179`: the hundred-and-seventy-ninth fresh held-out part, written and labelled
  beside heldout178, after heldout174's and heldout175's measurement (while heldout176 and
  heldout177 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a steel drum (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 951 dimensions, a 954-feature 5-class set, a 957-feature Friedman-1 regression, banon
  batch-stage and lava-tube-cave daily-visitors CSV files of their own).
* :mod:`.heldout178`: the hundred-and-seventy-eighth fresh held-out part, written and labelled
  beside heldout179, after heldout174's and heldout175's measurement (while heldout176 and
  heldout177 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a cello (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in
  941 dimensions, a 944-feature 5-class set, a 947-feature Friedman-1 regression, cabrales
  batch-stage and sleigh-ride daily-riders CSV files of their own).
* :mod:`.heldout177`: the hundred-and-seventy-seventh fresh held-out part, written and labelled
  beside heldout176, after heldout172's and heldout173's measurement (while heldout174 and
  heldout175 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a marimba (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in
  931 dimensions, a 934-feature 5-class set, a 937-feature Friedman-1 regression, ossau
  batch-stage and canyon-swing daily-jumpers CSV files of their own).
* :mod:`.heldout176`: the hundred-and-seventy-sixth fresh held-out part, written and labelled
  beside heldout177, after heldout172's and heldout173's measurement (while heldout174 and
  heldout175 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a bugle (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in
  921 dimensions, a 924-feature 5-class set, a 927-feature Friedman-1 regression, mimolette
  batch-stage and monorail daily-riders CSV files of their own).
* :mod:`.heldout175`: the hundred-and-seventy-fifth fresh held-out part, written and labelled
  beside heldout174, after heldout170's and heldout171's measurement (while heldout172 and
  heldout173 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a zither (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in
  911 dimensions, a 914-feature 5-class set, a 917-feature Friedman-1 regression, edam
  batch-stage and ice-cave daily-visitors CSV files of their own).
* :mod:`.heldout174`: the hundred-and-seventy-fourth fresh held-out part, written and labelled
  beside heldout175, after heldout170's and heldout171's measurement (while heldout172 and
  heldout173 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a crash cymbal (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian
  quantiles in 901 dimensions, a 904-feature 5-class set, a 907-feature Friedman-1
  regression, tomme batch-stage and canal-barge daily-passengers CSV files of their own).
* :mod:`.heldout173`: the hundred-and-seventy-third fresh held-out part, written and labelled
  beside heldout172, after heldout168's and heldout169's measurement (while heldout170 and
  heldout171 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a theremin (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 891 dimensions, a 894-feature 5-class set, a 897-feature Friedman-1 regression,
  idiazabal batch-stage and glass-bottom-boat daily-passengers CSV files of their own).
* :mod:`.heldout172`: the hundred-and-seventy-second fresh held-out part, written and labelled
  beside heldout173, after heldout168's and heldout169's measurement (while heldout170 and
  heldout171 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a bouzouki (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 881 dimensions, a 884-feature 5-class set, a 887-feature Friedman-1 regression, livarot
  batch-stage and sand-dune-safari daily-riders CSV files of their own).
* :mod:`.heldout171`: the hundred-and-seventy-first fresh held-out part, written and labelled
  beside heldout170, after heldout166's and heldout167's measurement (while heldout168 and
  heldout169 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a dulcimer (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 871 dimensions, a 874-feature 5-class set, a 877-feature Friedman-1 regression,
  gorgonzola batch-stage and carriage-tour daily-riders CSV files of their own).
* :mod:`.heldout170`: the hundred-and-seventieth fresh held-out part, written and labelled
  beside heldout171, after heldout166's and heldout167's measurement (while heldout168 and
  heldout169 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a kazoo (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in
  861 dimensions, a 864-feature 5-class set, a 867-feature Friedman-1 regression, reblochon
  batch-stage and zorbing daily-riders CSV files of their own).
* :mod:`.heldout169`: the hundred-and-sixty-ninth fresh held-out part, written and labelled
  beside heldout168, after heldout164's and heldout165's measurement (while heldout166 and
  heldout167 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a mandolin (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 851 dimensions, a 854-feature 5-class set, a 857-feature Friedman-1 regression, cantal
  batch-stage and houseboat daily-guests CSV files of their own).
* :mod:`.heldout168`: the hundred-and-sixty-eighth fresh held-out part, written and labelled
  beside heldout169, after heldout164's and heldout165's measurement (while heldout166 and
  heldout167 were measured), by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of castanets (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles
  in 841 dimensions, a 844-feature 5-class set, a 847-feature Friedman-1 regression, beaufort
  batch-stage and quad-bike-tour daily-riders CSV files of their own).
* :mod:`.heldout167`: the hundred-and-sixty-seventh fresh held-out part, written and labelled
  beside heldout166, after heldout164's and heldout165's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a koto (turned by 0, 90, 180 or 270
  degrees), 5-class Gaussian quantiles in 831 dimensions, a 834-feature 5-class set, a
  837-feature Friedman-1 regression, morbier batch-stage and cable-car daily-riders CSV files
  of their own).
* :mod:`.heldout166`: the hundred-and-sixty-sixth fresh held-out part, written and labelled
  beside heldout167, after heldout164's and heldout165's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a shamisen (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 821 dimensions, a 824-feature 5-class set, a
  827-feature Friedman-1 regression, pecorino batch-stage and paddleboat-hire daily-hirers CSV
  files of their own).
* :mod:`.heldout165`: the hundred-and-sixty-fifth fresh held-out part, written and labelled
  beside heldout164, after heldout162's and heldout163's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a balalaika (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 811 dimensions, a 814-feature 5-class set, a
  817-feature Friedman-1 regression, asiago batch-stage and tuk-tuk-tour daily-riders CSV files
  of their own).
* :mod:`.heldout164`: the hundred-and-sixty-fourth fresh held-out part, written and labelled
  beside heldout165, after heldout162's and heldout163's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a bassoon (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 801 dimensions, a 804-feature 5-class set, a
  807-feature Friedman-1 regression, comte batch-stage and jet-boat daily-passengers CSV
  files of their own).
* :mod:`.heldout163`: the hundred-and-sixty-third fresh held-out part, written and labelled
  beside heldout162, after heldout160's and heldout161's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a bongo (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 791 dimensions, a 794-feature 5-class set, a
  797-feature Friedman-1 regression, fontina batch-stage and hot-air-balloon daily-passengers CSV
  files of their own).
* :mod:`.heldout162`: the hundred-and-sixty-second fresh held-out part, written and labelled
  beside heldout163, after heldout160's and heldout161's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of an oboe (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 781 dimensions, a 784-feature 5-class set, a
  787-feature Friedman-1 regression, havarti batch-stage and horseback-trail daily-riders CSV
  files of their own).
* :mod:`.heldout161`: the hundred-and-sixty-first fresh held-out part, written and labelled
  beside heldout160, after heldout158's and heldout159's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a cowbell (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 771 dimensions, a 774-feature 5-class set, a
  777-feature Friedman-1 regression, raclette batch-stage and geyser-tour daily-visitors CSV files
  of their own).
* :mod:`.heldout160`: the hundred-and-sixtieth fresh held-out part, written and labelled
  beside heldout161, after heldout158's and heldout159's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a gong (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 761 dimensions, a 764-feature 5-class set, a
  767-feature Friedman-1 regression, taleggio batch-stage and camel-trek daily-riders CSV
  files of their own).
* :mod:`.heldout159`: the hundred-and-fifty-ninth fresh held-out part, written and labelled
  beside heldout158, after heldout156's and heldout157's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a tambourine (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 751 dimensions, a 754-feature 5-class set, a
  757-feature Friedman-1 regression, stilton batch-stage and safari-drive daily-guests CSV files
  of their own).
* :mod:`.heldout158`: the hundred-and-fifty-eighth fresh held-out part, written and labelled
  beside heldout159, after heldout156's and heldout157's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a maraca (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 741 dimensions, a 744-feature 5-class set, a
  747-feature Friedman-1 regression, emmental batch-stage and canyon-swing daily-riders CSV
  files of their own).
* :mod:`.heldout157`: the hundred-and-fifty-seventh fresh held-out part, written and labelled
  beside heldout156, after heldout154's and heldout155's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a didgeridoo (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 731 dimensions, a 734-feature 5-class set, a
  737-feature Friedman-1 regression, roquefort batch-stage and volcano-trek daily-hikers CSV files
  of their own).
* :mod:`.heldout156`: the hundred-and-fifty-sixth fresh held-out part, written and labelled
  beside heldout157, after heldout154's and heldout155's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a sitar (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 721 dimensions, a 724-feature 5-class set, a
  727-feature Friedman-1 regression, gruyere batch-stage and skydiving daily-jumpers CSV
  files of their own).
* :mod:`.heldout155`: the hundred-and-fifty-fifth fresh held-out part, written and labelled
  beside heldout154, after heldout152's and heldout153's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a bagpipe (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 711 dimensions, a 714-feature 5-class set, a
  717-feature Friedman-1 regression, camembert batch-stage and ice-climbing daily-climbers CSV files
  of their own).
* :mod:`.heldout154`: the hundred-and-fifty-fourth fresh held-out part, written and labelled
  beside heldout155, after heldout152's and heldout153's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of an ocarina (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 701 dimensions, a 704-feature 5-class set, a
  707-feature Friedman-1 regression, manchego batch-stage and cenote-diving daily-divers CSV
  files of their own).
* :mod:`.heldout153`: the hundred-and-fifty-third fresh held-out part, written and labelled
  beside heldout152, after heldout150's and heldout151's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a tuba (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 671 dimensions, a 674-feature 5-class set, a
  677-feature Friedman-1 regression, provolone batch-stage and via-ferrata daily-climbers CSV files
  of their own).
* :mod:`.heldout152`: the hundred-and-fifty-second fresh held-out part, written and labelled
  beside heldout153, after heldout150's and heldout151's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a catamaran (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 661 dimensions, a 664-feature 5-class set, a
  667-feature Friedman-1 regression, burrata batch-stage and heli-skiing daily-skiers CSV
  files of their own).
* :mod:`.heldout151`: the hundred-and-fifty-first fresh held-out part, written and labelled
  beside heldout150, after heldout148's and heldout149's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a harmonica (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 631 dimensions, a 634-feature 5-class set, a
  637-feature Friedman-1 regression, gouda batch-stage and canopy-walk daily-visitors CSV files
  of their own).
* :mod:`.heldout150`: the hundred-and-fiftieth fresh held-out part, written and labelled
  beside heldout151, after heldout148's and heldout149's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a xylophone (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 621 dimensions, a 624-feature 5-class set, a
  627-feature Friedman-1 regression, feta batch-stage and parasailing-tour daily-riders CSV
  files of their own).
* :mod:`.heldout149`: the hundred-and-forty-ninth fresh held-out part, written and labelled
  beside heldout148, after heldout146's and heldout147's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a sundial (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 611 dimensions, a 614-feature 5-class set, a
  617-feature Friedman-1 regression, mozzarella batch-stage and dog-sled-tour daily-guests CSV files
  of their own).
* :mod:`.heldout148`: the hundred-and-forty-eighth fresh held-out part, written and labelled
  beside heldout149, after heldout146's and heldout147's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a trombone (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 601 dimensions, a 604-feature 5-class set, a
  607-feature Friedman-1 regression, mochi batch-stage and snowshoe-tour daily-hikers CSV
  files of their own).
* :mod:`.heldout147`: the hundred-and-forty-seventh fresh held-out part, written and labelled
  beside heldout146, after heldout144's and heldout145's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a zeppelin (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 591 dimensions, a 594-feature 5-class set, a
  597-feature Friedman-1 regression, ricotta batch-stage and spelunking-tour daily-visitors CSV
  files of their own).
* :mod:`.heldout146`: the hundred-and-forty-sixth fresh held-out part, written and labelled
  beside heldout147, after heldout144's and heldout145's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of an accordion (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 581 dimensions, a 584-feature 5-class set, a
  587-feature Friedman-1 regression, halloumi batch-stage and sandboarding-tour daily-riders CSV
  files of their own).
* :mod:`.heldout145`: the hundred-and-forty-fifth fresh held-out part, written and labelled
  beside heldout144, after heldout142's and heldout143's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a parachute (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 571 dimensions, a 574-feature 5-class set, a
  577-feature Friedman-1 regression, kefir batch-stage and bungee-site daily-jumpers CSV files
  of their own).
* :mod:`.heldout144`: the hundred-and-forty-fourth fresh held-out part, written and labelled
  beside heldout145, after heldout142's and heldout143's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a saxophone (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 561 dimensions, a 564-feature 5-class set, a
  567-feature Friedman-1 regression, ghee batch-stage and canyoning-tour daily-guests CSV
  files of their own).
* :mod:`.heldout143`: the hundred-and-forty-third fresh held-out part, written and labelled
  beside heldout142, after heldout140's and heldout141's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a helicopter (turned by 0, 90, 180 or
  270 degrees), 5-class Gaussian quantiles in 551 dimensions, a 554-feature 5-class set, a
  557-feature Friedman-1 regression, paneer batch-stage and rafting-tour daily-guests CSV files
  of their own).
* :mod:`.heldout142`: the hundred-and-forty-second fresh held-out part, written and labelled
  beside heldout143, after heldout140's and heldout141's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a banjo (turned by 0, 90, 180 or 270
  degrees), 5-class Gaussian quantiles in 541 dimensions, a 544-feature 5-class set, a
  547-feature Friedman-1 regression, tahini batch-stage and paragliding-tour daily-riders CSV
  files of their own).
* :mod:`.heldout141`: the hundred-and-forty-first fresh held-out part, written and labelled
  beside heldout140, after heldout138's and heldout139's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a unicycle (turned by 0, 90, 180 or 270
  degrees), 5-class Gaussian quantiles in 531 dimensions, a 534-feature 5-class set, a
  537-feature Friedman-1 regression, gelato batch-stage and snowmobile-tour daily-riders CSV
  files of their own).
* :mod:`.heldout140`: the hundred-and-fortieth fresh held-out part, written and labelled beside
  heldout141, after heldout138's and heldout139's measurement, by someone who saw no diagnosis,
  the same way (new data: a 10x10 image set of a gramophone (turned by 0, 90, 180 or 270
  degrees), 5-class Gaussian quantiles in 521 dimensions, a 524-feature 5-class set, a
  527-feature Friedman-1 regression, nougat batch-stage and jet-ski daily-rentals CSV files of
  their own).
* :mod:`.heldout139`: the hundred-and-thirty-ninth fresh held-out part, written and labelled
  beside heldout138, after heldout136's and heldout137's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a tricycle (turned by 0, 90, 180 or 270
  degrees), 5-class Gaussian quantiles in 511 dimensions, a 514-feature 5-class set, a
  517-feature Friedman-1 regression, marzipan batch-stage and hovercraft-tour daily-passengers
  CSV files of their own).
* :mod:`.heldout138`: the hundred-and-thirty-eighth fresh held-out part, written and labelled
  beside heldout139, after heldout136's and heldout137's measurement, by someone who saw no
  diagnosis, the same way (new data: a 10x10 image set of a trumpet (turned by 0, 90, 180 or 270
  degrees), 5-class Gaussian quantiles in 501 dimensions, a 504-feature 5-class set, a
  507-feature Friedman-1 regression, cheesecake batch-stage and rickshaw-tour daily-tours CSV
  files of their own).
* :mod:`.heldout137`: the hundred-and-thirty-seventh fresh held-out part, drafted beside
  heldout136 after heldout130's and heldout131's measurement and finished (labelled from its runs'
  metrics) after heldout134's and heldout135's, by people who saw no diagnosis, the same way (new
  data: a 10x10 image set of a wheelbarrow (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian
  quantiles in 491 dimensions, a 494-feature 5-class set, a 497-feature Friedman-1 regression,
  kimchi batch-stage and hill-tramway daily-riders CSV files of their own).
* :mod:`.heldout136`: the hundred-and-thirty-sixth fresh held-out part, drafted beside heldout137
  after heldout130's and heldout131's measurement and finished (labelled from its runs' metrics)
  after heldout134's and heldout135's, by people who saw no diagnosis, the same way (new data: a
  10x10 image set of a wheelbarrow drawn otherwise (turned by 0, 90, 180 or 270 degrees), 5-class
  Gaussian quantiles in 481 dimensions, a 484-feature 5-class set, a 487-feature Friedman-1
  regression, kimchi batch-stage and batting-cage daily-sessions CSV files of their own).
* :mod:`.heldout135`: the hundred-and-thirty-fifth fresh held-out part, written and labelled
  beside heldout134, after heldout130's and heldout131's measurement and before heldout132 to 135
  were measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of an
  easel (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 471 dimensions, a
  474-feature 5-class set, a 477-feature Friedman-1 regression, tempeh batch-stage and pedicab
  daily-fares CSV files of their own).
* :mod:`.heldout134`: the hundred-and-thirty-fourth fresh held-out part, written and labelled
  beside heldout135, after heldout130's and heldout131's measurement and before heldout132 to 135
  were measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  metronome (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 461 dimensions,
  a 464-feature 5-class set, a 467-feature Friedman-1 regression, pickle-cannery batch-stage and
  segway-tour daily-riders CSV files of their own).
* :mod:`.heldout133`: the hundred-and-thirty-third fresh held-out part, written and labelled
  beside heldout132, after heldout130's and heldout131's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  candelabra (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 451 dimensions,
  a 454-feature 5-class set, a 457-feature Friedman-1 regression, indigo-dye-vat batch-stage and
  dune-buggy daily-rides CSV files of their own).
* :mod:`.heldout132`: the hundred-and-thirty-second fresh held-out part, written and labelled
  beside heldout133, after heldout130's and heldout131's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  sextant (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 441 dimensions, a
  444-feature 5-class set, a 447-feature Friedman-1 regression, laundry batch-stage and bike-share
  daily-rentals CSV files of their own).
* :mod:`.heldout131`: the hundred-and-thirty-first fresh held-out part, written and labelled
  beside heldout130, after heldout128's and heldout129's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  lyre (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 431 dimensions, a
  434-feature 5-class set, a 437-feature Friedman-1 regression, sake-brewery batch-stage and
  alpine-slide daily-riders CSV files of their own).
* :mod:`.heldout130`: the hundred-and-thirtieth fresh held-out part, written and labelled beside
  heldout131, after heldout128's and heldout129's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  pagoda (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 421 dimensions, a
  424-feature 5-class set, a 427-feature Friedman-1 regression, ceramic-studio batch-stage and
  paddleboard-hire daily-rentals CSV files of their own).
* :mod:`.heldout129`: the hundred-and-twenty-ninth fresh held-out part, written and labelled
  beside heldout128, after heldout126's and heldout127's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of an
  acorn (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 411 dimensions, a
  414-feature 5-class set, a 417-feature Friedman-1 regression, hot-sauce-kitchen batch-stage and
  strawberry-farm daily-guests CSV files of their own).
* :mod:`.heldout128`: the hundred-and-twenty-eighth fresh held-out part, written and labelled
  beside heldout129, after heldout126's and heldout127's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  chalice (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 401 dimensions, a
  404-feature 5-class set, a 407-feature Friedman-1 regression, varnish-works batch-stage and
  hammam daily-bathers CSV files of their own).
* :mod:`.heldout127`: the hundred-and-twenty-seventh fresh held-out part, written and labelled
  beside heldout126, after heldout124's and heldout125's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of an
  obelisk (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 391 dimensions, a
  394-feature 5-class set, a 397-feature Friedman-1 regression, perfumery batch-stage and go-kart
  track daily-riders CSV files of their own).
* :mod:`.heldout126`: the hundred-and-twenty-sixth fresh held-out part, written and labelled
  beside heldout127, after heldout124's and heldout125's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  jellyfish (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 381 dimensions, a
  384-feature 5-class set, a 387-feature Friedman-1 regression, marmalade-kitchen batch-stage and
  drive-in cinema daily-cars CSV files of their own).
* :mod:`.heldout125`: the hundred-and-twenty-fifth fresh held-out part, written and labelled
  beside heldout124, after heldout122's and heldout123's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  ukulele (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 371 dimensions, a
  374-feature 5-class set, a 377-feature Friedman-1 regression, hand-bookbindery job-stage and
  flea-market daily-visitors CSV files of their own).
* :mod:`.heldout124`: the hundred-and-twenty-fourth fresh held-out part, written and labelled
  beside heldout125, after heldout122's and heldout123's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  quill (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 361 dimensions, a
  364-feature 5-class set, a 367-feature Friedman-1 regression, sauerkraut-works batch-stage and
  reptile-house daily-visitors CSV files of their own).
* :mod:`.heldout123`: the hundred-and-twenty-third fresh held-out part, written and labelled
  beside heldout122, after heldout120's and heldout121's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  davit (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 351 dimensions, a
  354-feature 5-class set, a 357-feature Friedman-1 regression, cider-vinegar works batch-stage
  and botanical-glasshouse daily-visitors CSV files of their own).
* :mod:`.heldout122`: the hundred-and-twenty-second fresh held-out part, written and labelled
  beside heldout123, after heldout120's and heldout121's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  lollipop (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 341 dimensions, a
  344-feature 5-class set, a 347-feature Friedman-1 regression, miso-brewery stage and
  coastal-fishing-pier daily-anglers CSV files of their own).
* :mod:`.heldout121`: the hundred-and-twenty-first fresh held-out part, written and
  labelled beside heldout120, after heldout118's and heldout119's measurement and before either
  new part was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image
  set of a flask (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 331
  dimensions, a 334-feature 5-class set, a 337-feature Friedman-1 regression, creamery
  butter-stage and mountain-gondola daily-passengers CSV files of their own).
* :mod:`.heldout120`: the hundred-and-twentieth fresh held-out part, written and labelled
  beside heldout121, after heldout118's and heldout119's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  portcullis (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 321
  dimensions, a 324-feature 5-class set, a 327-feature Friedman-1 regression, maltings
  malt-stage and saltern daily-salt CSV files of their own).
* :mod:`.heldout119`: the hundred-and-nineteenth fresh held-out part, written and labelled
  beside heldout118, after heldout116's and heldout117's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  grapnel (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 311 dimensions, a
  314-feature 5-class set, a 317-feature Friedman-1 regression, brickworks brick-stage and summer
  toboggan-run daily-riders CSV files of their own).
* :mod:`.heldout118`: the hundred-and-eighteenth fresh held-out part, written and labelled
  beside heldout119, after heldout116's and heldout117's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  hatchet (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 301 dimensions, a
  304-feature 5-class set, a 307-feature Friedman-1 regression, cooperage cask-stage and
  lavender-distillery daily-oil CSV files of their own).
* :mod:`.heldout117`: the hundred-and-seventeenth fresh held-out part, written and labelled
  beside heldout116, after heldout114's and heldout115's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  weather vane (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 293
  dimensions, a 296-feature 5-class set, a 298-feature Friedman-1 regression, paper-mill
  pulping-stage and falconry-centre daily-visitors CSV files of their own).
* :mod:`.heldout116`: the hundred-and-sixteenth fresh held-out part, written and labelled
  beside heldout117, after heldout114's and heldout115's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  keystone (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 281 dimensions,
  a 284-feature 5-class set, a 287-feature Friedman-1 regression, ropewalk rope-stage and
  mushroom-farm daily-pick CSV files of their own).
* :mod:`.heldout115`: the hundred-and-fifteenth fresh held-out part, written and labelled
  beside heldout114, after heldout112's and heldout113's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  mallet (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 271 dimensions, a
  274-feature 5-class set, a 277-feature Friedman-1 regression, bell-foundry casting-state (a
  generator of its own beside heldout114's) and dog-sled kennel daily-rides CSV files).
* :mod:`.heldout114`: the hundred-and-fourteenth fresh held-out part, written and labelled
  beside heldout115, after heldout112's and heldout113's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  castle (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 261 dimensions, a
  263-feature 5-class set, a 266-feature Friedman-1 regression, bell-foundry furnace-state and
  husky-kennel daily-walkers CSV files of their own).
* :mod:`.heldout113`: the hundred-and-thirteenth fresh held-out part, written and labelled
  beside heldout112, after heldout110's and heldout111's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  chess pawn (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 250
  dimensions, a 253-feature 5-class set, a 256-feature Friedman-1 regression, seaside-saltworks
  pan-state and pedalo-lake daily-hires CSV files of their own).
* :mod:`.heldout112`: the hundred-and-twelfth fresh held-out part, written and labelled
  beside heldout113, after heldout110's and heldout111's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  broom (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 241 dimensions, a
  244-feature 5-class set, a 247-feature Friedman-1 regression, hot-spring bathhouse pool-state
  and chestnut-roaster daily-bags CSV files of their own).
* :mod:`.heldout111`: the hundred-and-eleventh fresh held-out part, written and labelled
  beside heldout110, after heldout108's and heldout109's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  tent (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 231 dimensions, a
  234-feature 5-class set, a 237-feature Friedman-1 regression, dye-house vat-cycle state and
  llama-trek daily-hikers CSV files of their own).
* :mod:`.heldout110`: the hundred-and-tenth fresh held-out part, written and labelled
  beside heldout111, after heldout108's and heldout109's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  kiwi (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 221 dimensions, a
  224-feature 5-class set, a 227-feature Friedman-1 regression, noodle-extruder state and
  kitesurf-school daily-lessons CSV files of their own).
* :mod:`.heldout109`: the hundred-and-ninth fresh held-out part, written and labelled
  beside heldout108, after heldout106's and heldout107's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  wishbone drawn its own way (seed 1090; both writers chose the glyph, unseen by each other),
  5-class Gaussian quantiles in 211 dimensions, a 214-feature 5-class set, a 217-feature
  Friedman-1 regression, pretzel twisting-line state and dog-sled daily-riders CSV files of
  their own).
* :mod:`.heldout108`: the hundred-and-eighth fresh held-out part, written and labelled
  beside heldout109, after heldout106's and heldout107's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  wishbone (turned by 0, 90, 180 or 270 degrees; seed 1080), 5-class Gaussian quantiles in 201
  dimensions, a 204-feature 5-class set, a 207-feature Friedman-1 regression, maple-sugarhouse
  evaporator-state and sushi-bar daily-plates CSV files of their own).
* :mod:`.heldout107`: the hundred-and-seventh fresh held-out part, written and labelled
  beside heldout106, after heldout104's and heldout105's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  horseshoe (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 191
  dimensions, a 194-feature 5-class set, a 197-feature Friedman-1 regression, oyster-farm
  grading-line state and snorkel-tour daily-guests CSV files of their own).
* :mod:`.heldout106`: the hundred-and-sixth fresh held-out part, written and labelled
  beside heldout107, after heldout104's and heldout105's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  corkscrew (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 182
  dimensions, a 186-feature 5-class set, a 189-feature Friedman-1 regression, cidery press-house
  state and tofu-shop daily-blocks CSV files of their own).
* :mod:`.heldout105`: the hundred-and-fifth fresh held-out part, written and labelled
  beside heldout104, after heldout102's and heldout103's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  stapler (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 171 dimensions,
  a 174-feature 5-class set, a 177-feature Friedman-1 regression, cranberry-bog harvest-state
  and curling-club daily-curlers CSV files of their own).
* :mod:`.heldout104`: the hundred-and-fourth fresh held-out part, written and labelled
  beside heldout105, after heldout102's and heldout103's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of
  pliers (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 161 dimensions,
  a 163-feature 5-class set, a 167-feature Friedman-1 regression, soap-workshop batch-state and
  hydroponic daily-lettuce CSV files of their own).
* :mod:`.heldout103`: the hundred-and-third fresh held-out part, written and labelled
  beside heldout102, after heldout100's and heldout101's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  paint roller (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 151
  dimensions, a 153-feature 5-class set, a 157-feature Friedman-1 regression, glass-furnace state
  and snow-tubing daily-tubers CSV files of their own).
* :mod:`.heldout102`: the hundred-and-second fresh held-out part, written and labelled
  beside heldout103, after heldout100's and heldout101's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  scythe (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 143 dimensions,
  a 145-feature 5-class set, a 147-feature Friedman-1 regression, grain-dryer state and
  glassblowing-studio daily-visitors CSV files of their own).
* :mod:`.heldout101`: the hundred-and-first fresh held-out part, written and labelled
  beside heldout100, after heldout98's and heldout99's measurement and before either new part
  was measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  periscope (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 137 dimensions,
  a 139-feature 5-class set, a 141-feature Friedman-1 regression (its own random states),
  milk-pasteuriser state and axe-throwing daily-throwers CSV files of their own).
* :mod:`.heldout100`: the hundredth fresh held-out part, written and labelled beside
  heldout101, after heldout98's and heldout99's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  plunger (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 137 dimensions,
  a 139-feature 5-class set, a 141-feature Friedman-1 regression, chairlift state and
  tortilla-stand daily-orders CSV files of their own).
* :mod:`.heldout99`: the ninety-ninth fresh held-out part, written and labelled beside
  heldout98, after heldout96's and heldout97's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  whisk (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 133 dimensions,
  a 131-feature 5-class set, a 134-feature Friedman-1 regression, snow-cannon state and
  ropes-course daily-climbers CSV files of their own).
* :mod:`.heldout98`: the ninety-eighth fresh held-out part, written and labelled beside
  heldout99, after heldout96's and heldout97's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  saucepan (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 114 dimensions,
  a 119-feature 5-class set, a 122-feature Friedman-1 regression, label-printer state and
  bumper-car daily-rides CSV files of their own).
* :mod:`.heldout97`: the ninety-seventh fresh held-out part, written and labelled beside
  heldout96, after heldout94's and heldout95's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  spatula (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 116 dimensions,
  a 117-feature 5-class set, a 118-feature Friedman-1 regression, laminator state and
  dog-grooming daily-dogs CSV files of their own).
* :mod:`.heldout96`: the ninety-sixth fresh held-out part, written and labelled beside
  heldout97, after heldout94's and heldout95's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  kettlebell (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 103
  dimensions, a 118-feature 5-class set, a 121-feature Friedman-1 regression, funicular-car
  state and corn-maze daily-visitors CSV files of their own).
* :mod:`.heldout95`: the ninety-fifth fresh held-out part, written and labelled beside
  heldout94, after heldout92's and heldout93's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  thermometer (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 104
  dimensions, a 112-feature 5-class set, a 113-feature Friedman-1 regression, toaster state and
  petting-zoo daily-visitors CSV files of their own).
* :mod:`.heldout94`: the ninety-fourth fresh held-out part, written and labelled beside
  heldout95, after heldout92's and heldout93's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  sickle (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 40 dimensions, a
  113-feature 5-class set, a 115-feature Friedman-1 regression, soldering-station state and
  laser-tag daily-players CSV files of their own).
* :mod:`.heldout93`: the ninety-third fresh held-out part, written and labelled beside
  heldout92, after heldout90's and heldout91's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  tuning fork (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 44
  dimensions, a 108-feature 5-class set, a 109-feature Friedman-1 regression, pressure-cooker
  state and climbing-wall daily-climbers CSV files of their own).
* :mod:`.heldout92`: the ninety-second fresh held-out part, written and labelled beside
  heldout93, after heldout90's and heldout91's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  mitten (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 47 dimensions, a
  109-feature 5-class set, a 111-feature Friedman-1 regression, slow-cooker state and
  laundrette daily-washes CSV files of their own).
* :mod:`.heldout91`: the ninety-first fresh held-out part, written and labelled beside
  heldout90, after heldout88's and heldout89's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a sock
  (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 38 dimensions, a
  105-feature 5-class set, a 107-feature Friedman-1 regression, bread-machine state and mini-golf
  daily-rounds CSV files of their own).
* :mod:`.heldout90`: the ninetieth fresh held-out part, written and labelled beside heldout91,
  after heldout88's and heldout89's measurement and before either new part was measured, by
  someone who saw no diagnosis, the same way (new data: a 10x10 image set of a pickaxe (turned
  by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 49 dimensions, a 106-feature
  5-class set, a 107-feature Friedman-1 regression, waffle-iron state and mini-golf daily-rounds
  CSV files of their own).
* :mod:`.heldout89`: the eighty-ninth fresh held-out part, written and labelled beside
  heldout88, after heldout86's and heldout87's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a golf
  club (turned by 0, 90, 180 or 270 degrees), 7-class Gaussian quantiles in 46 dimensions, a
  101-feature 5-class set, a 102-feature Friedman-1 regression, food-dehydrator state and
  pedalo-hire daily CSV files of their own).
* :mod:`.heldout88`: the eighty-eighth fresh held-out part, written and labelled beside
  heldout89, after heldout86's and heldout87's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  spade (turned by 0, 90, 180 or 270 degrees), 7-class Gaussian quantiles in 41 dimensions, a
  99-feature 5-class set, a 95-feature Friedman-1 regression, butter-churn state and velodrome
  daily-riders CSV files of their own).
* :mod:`.heldout87`: the eighty-seventh fresh held-out part, written and labelled beside
  heldout86, after heldout84's and heldout85's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of an axe
  (turned by 0, 90, 180 or 270 degrees), 9-class Gaussian quantiles in 43 dimensions, a
  97-feature 6-class set, a 98-feature Friedman-1 regression, cider-press state and lido
  daily-swimmers CSV files of their own).
* :mod:`.heldout86`: the eighty-sixth fresh held-out part, written and labelled beside
  heldout87, after heldout84's and heldout85's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of an axe
  drawn its own way (turned by 0, 90, 180 or 270 degrees), 8-class Gaussian quantiles in 37
  dimensions, a 96-feature 4-class set, a 97-feature Friedman-1 regression, soft-serve-machine
  state and dog-park daily-dogs CSV files of their own).
* :mod:`.heldout85`: the eighty-fifth fresh held-out part, written and labelled beside
  heldout84, after heldout82's and heldout83's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a boot
  (turned by 0, 90, 180 or 270 degrees), 7-class Gaussian quantiles in 34 dimensions, a
  93-feature 5-class set, a 93-feature Friedman-1 regression, 3D-printer state and ferry
  daily-passengers CSV files of their own).
* :mod:`.heldout84`: the eighty-fourth fresh held-out part, written and labelled beside
  heldout85, after heldout82's and heldout83's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  watering can (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 36
  dimensions, a 92-feature 5-class set, a 94-feature Friedman-1 regression, coffee-roaster phase
  and archery-range daily-archers CSV files of their own).
* :mod:`.heldout83`: the eighty-third fresh held-out part, written and labelled beside
  heldout82, after heldout80's and heldout81's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of an
  anvil (turned by 0, 90, 180 or 270 degrees), 11-class Gaussian quantiles in 33 dimensions, an
  89-feature 4-class set, a 91-feature Friedman-1 regression, vending-machine state and
  bouldering-hall daily-visitors CSV files of their own).
* :mod:`.heldout82`: the eighty-second fresh held-out part, written and labelled beside
  heldout83, after heldout80's and heldout81's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a duck
  (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 32 dimensions, an
  88-feature 3-class set, a 90-feature Friedman-1 regression, barbecue-smoker state and
  paintball-field daily-players CSV files of their own).
* :mod:`.heldout81`: the eighty-first fresh held-out part, written and labelled beside
  heldout80, after heldout78's and heldout79's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  guitar (turned by 0, 90, 180 or 270 degrees), 9-class Gaussian quantiles in 31 dimensions, an
  85-feature 4-class set, an 87-feature Friedman-1 regression, water-heater state and skate-park
  daily-skaters CSV files of their own).
* :mod:`.heldout80`: the eightieth fresh held-out part, written and labelled beside heldout81,
  after heldout78's and heldout79's measurement and before either new part was measured, by
  someone who saw no diagnosis, the same way (new data: a 10x10 image set of a whale (turned by
  0, 90, 180 or 270 degrees), 3-class Gaussian quantiles in 30 dimensions, an 84-feature 3-class
  set, an 86-feature Friedman-1 regression, sous-vide-cooker state and bubble-tea-shop daily-cups
  CSV files of their own).
* :mod:`.heldout79`: the seventy-ninth fresh held-out part, written and labelled beside
  heldout78, after heldout76's and heldout77's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  teacup (turned by 0, 90, 180 or 270 degrees), 8-class Gaussian quantiles in 29 dimensions, an
  81-feature 4-class set, an 83-feature Friedman-1 regression, heat-press state and
  laser-tag-arena daily-players CSV files of their own).
* :mod:`.heldout78`: the seventy-eighth fresh held-out part, written and labelled beside
  heldout79, after heldout76's and heldout77's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a snail
  (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 28 dimensions, an
  80-feature 3-class set, an 82-feature Friedman-1 regression, pizza-oven state and go-kart-track
  daily-drivers CSV files of their own).
* :mod:`.heldout77`: the seventy-seventh fresh held-out part, written and labelled beside
  heldout76, after heldout74's and heldout75's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  penguin (turned by 0, 90, 180 or 270 degrees), 7-class Gaussian quantiles in 27 dimensions, a
  77-feature 4-class set, a 79-feature Friedman-1 regression, 3D-printer state and escape-room
  daily-players CSV files of their own).
* :mod:`.heldout76`: the seventy-sixth fresh held-out part, written and labelled beside
  heldout77, after heldout74's and heldout75's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a pair
  of scissors (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 26
  dimensions, a 76-feature 3-class set, a 78-feature Friedman-1 regression, chest-freezer state
  and karaoke-bar daily-singers CSV files of their own).
* :mod:`.heldout75`: the seventy-fifth fresh held-out part, written and labelled beside
  heldout74, after heldout72's and heldout73's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  lopsided hourglass (turned by 0, 90, 180 or 270 degrees), 4-class Gaussian quantiles in 24
  dimensions, a 75-feature 3-class set, a 67-feature Friedman-1 regression, espresso-machine state
  and climbing-gym daily-climbers CSV files of their own).
* :mod:`.heldout74`: the seventy-fourth fresh held-out part, written and labelled beside
  heldout75, after heldout72's and heldout73's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a key
  (turned by 0, 90, 180 or 270 degrees), 12-class Gaussian quantiles in 3 dimensions, a
  74-feature 3-class set, a 66-feature Friedman-1 regression, popcorn-machine state and
  ferris-wheel daily-riders CSV files of their own).
* :mod:`.heldout73`: the seventy-third fresh held-out part, written and labelled beside
  heldout72, after heldout70's and heldout71's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a yacht
  (turned by 0, 90, 180 or 270 degrees), 10-class Gaussian quantiles in 23 dimensions, a
  73-feature 3-class set, a 65-feature Friedman-1 regression, heat-pump state and yoga-studio
  daily-attendees CSV files).
* :mod:`.heldout72`: the seventy-second fresh held-out part, written and labelled beside
  heldout73, after heldout70's and heldout71's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  ladle (turned by 0, 90, 180 or 270 degrees), 17-class Gaussian quantiles in 2 dimensions, a
  72-feature 3-class set, a 64-feature Friedman-1 regression, bread-maker state and zoo
  daily-visitors CSV files).
* :mod:`.heldout71`: the seventy-first fresh held-out part, written and labelled beside
  heldout70, after heldout68's and heldout69's writing and before either new part was measured,
  by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a stool (turned
  by 0, 90, 180 or 270 degrees), 8-class Gaussian quantiles in 22 dimensions, a 71-feature
  3-class set, a 63-feature Friedman-1 regression, sprinkler-controller state and arcade
  daily-players CSV files).
* :mod:`.heldout70`: the seventieth fresh held-out part, written and labelled beside heldout71,
  after heldout68's and heldout69's writing and before either new part was measured, by
  someone who saw no diagnosis, the same way (new data: a 10x10 image set of a goblet (turned
  by 0, 90, 180 or 270 degrees), 16-class Gaussian quantiles in 2 dimensions, a 70-feature
  3-class set, a 62-feature Friedman-1 regression, rice-cooker state and pumpkin-patch
  daily-visitors CSV files).
* :mod:`.heldout69`: the sixty-ninth fresh held-out part, written and labelled beside
  heldout68, after heldout66's and heldout67's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  pitchfork (turned by 0, 90, 180 or 270 degrees), 9-class Gaussian quantiles in 21
  dimensions, a 69-feature 4-class set, a 61-feature Friedman-1 regression, sewing-machine
  state and farmers'-market daily-shoppers CSV files).
* :mod:`.heldout68`: the sixty-eighth fresh held-out part, written and labelled beside
  heldout69, after heldout66's and heldout67's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  funnel (turned by 0, 90, 180 or 270 degrees), 15-class Gaussian quantiles in 3 dimensions, a
  68-feature 3-class set, a 60-feature Friedman-1 regression, garage-door state and kayak-rental
  daily-rentals CSV files).
* :mod:`.heldout67`: the sixty-seventh fresh held-out part, written and labelled beside
  heldout66, after heldout64's and heldout65's writing and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  tobacco pipe (turned by 0, 90, 180 or 270 degrees), 14-class Gaussian quantiles in 4
  dimensions, a 67-feature 3-class set, a 59-feature Friedman-1 regression, dehumidifier state
  and bagel-shop daily-bagels CSV files).
* :mod:`.heldout66`: the sixty-sixth fresh held-out part, written and labelled beside
  heldout67, after heldout64's and heldout65's writing and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  dagger (turned by 0, 90, 180 or 270 degrees), 7-class Gaussian quantiles in 20 dimensions, a
  66-feature 3-class set, a 58-feature Friedman-1 regression, kettle state and tea-room
  daily-pots CSV files).
* :mod:`.heldout65`: the sixty-fifth fresh held-out part, written and labelled beside
  heldout64, after heldout62's and heldout63's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  quaver (turned by 0, 90, 180 or 270 degrees), 13-class Gaussian quantiles in 5 dimensions, a
  65-feature 4-class set, a 57-feature Friedman-1 regression, treadmill state and juice-bar
  daily-smoothies CSV files).
* :mod:`.heldout64`: the sixty-fourth fresh held-out part, written and labelled beside
  heldout65, after heldout62's and heldout63's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  ladder (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 19 dimensions, a
  64-feature 4-class set, a 56-feature Friedman-1 regression, greenhouse state and cinema
  daily-tickets CSV files).
* :mod:`.heldout63`: the sixty-third fresh held-out part, written and labelled beside
  heldout62, after heldout58's and heldout59's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  wineglass (turned by 0, 90, 180 or 270 degrees), 11-class Gaussian quantiles in 6 dimensions,
  a 63-feature 5-class set, a 55-feature Friedman-1 regression, sluice-gate state and toll-booth
  daily-cars CSV files).
* :mod:`.heldout62`: the sixty-second fresh held-out part, written and labelled beside
  heldout63, after heldout58's and heldout59's measurement and before any new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  flag (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 18 dimensions, a
  62-feature 5-class set, a 54-feature Friedman-1 regression, forklift state and bookshop
  daily-sales CSV files).
* :mod:`.heldout61`: the sixty-first fresh held-out part, written and labelled beside
  heldout60, after heldout58's and heldout59's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  trident (turned by 0, 90, 180 or 270 degrees), 4-class Gaussian quantiles in 17 dimensions, a
  61-feature 6-class set, a 53-feature Friedman-1 regression, bottling-line state and laundromat
  daily-loads CSV files).
* :mod:`.heldout60`: the sixtieth fresh held-out part, written and labelled beside heldout61,
  after heldout56's and heldout57's measurement and before any new part was measured, by
  someone who saw no diagnosis, the same way (new data: a 10x10 image set of a lantern (turned
  by 0, 90, 180 or 270 degrees), 12-class Gaussian quantiles in 7 dimensions, a 60-feature
  4-class set, a 52-feature Friedman-1 regression, weaving-loom state and orchard daily-crates
  CSV files).
* :mod:`.heldout59`: the fifty-ninth fresh held-out part, written and labelled beside
  heldout58, after heldout56's and heldout57's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a vase
  (turned by 0, 90, 180 or 270 degrees), 10-class Gaussian quantiles in 9 dimensions, a
  59-feature 5-class set, a 51-feature Friedman-1 regression, printing-press state and ramen-shop
  daily-bowls CSV files).
* :mod:`.heldout58`: the fifty-eighth fresh held-out part, written and labelled beside
  heldout59, after heldout56's and heldout57's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  bucket (turned by 0, 90, 180 or 270 degrees), 3-class Gaussian quantiles in 16 dimensions, a
  58-feature 3-class set, a 50-feature Friedman-1 regression, espresso-machine state and theatre
  evening-tickets CSV files).
* :mod:`.heldout57`: the fifty-seventh fresh held-out part, written and labelled beside
  heldout56, after heldout54's and heldout55's measurement and before either new part was
  measured, by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  rocket (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 15 dimensions, a
  57-feature 4-class set, a 49-feature Friedman-1 regression, tannery-drum state and winery
  daily-visitors CSV files).
* :mod:`.heldout56`: the fifty-sixth fresh held-out part, written and labelled beside heldout57,
  after heldout54's and heldout55's measurement and before either new part was measured, by
  someone who saw no diagnosis, the same way (new data: a 10x10 image set of a lantern (turned by
  0, 90, 180 or 270 degrees), 8-class Gaussian quantiles in 13 dimensions, a 56-feature 5-class
  set, a 48-feature Friedman-1 regression, cannery-seamer state and apiary daily-jars CSV files).
* :mod:`.heldout55`: the fifty-fifth fresh held-out part, written and labelled beside heldout54,
  after heldout52's and heldout53's measurement and before either new part was measured, by
  someone who saw no diagnosis, the same way (new data: a 10x10 image set of a trowel (turned by
  0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 14 dimensions, a 55-feature 4-class
  set, a 47-feature Friedman-1 regression, quarry-crusher state and observatory daily-stargazers
  CSV files).
* :mod:`.heldout54`: the fifty-fourth fresh held-out part, written and labelled beside heldout55,
  after heldout52's and heldout53's measurement and before either new part was measured, by
  someone who saw no diagnosis, the same way (new data: a 10x10 image set of a crown (turned by
  0, 90, 180 or 270 degrees), 9-class Gaussian quantiles in 10 dimensions, a 54-feature 5-class
  set, a 46-feature Friedman-1 regression, ice-maker state and glacier-trail daily-hikers CSV
  files).
* :mod:`.heldout53`: the fifty-third fresh held-out part, written and labelled beside heldout52,
  after heldout50's and heldout51's measurement and before either new part was measured, by
  someone who saw no diagnosis, the same way (new data: a 10x10 image set of a padlock (turned
  by 0, 90, 180 or 270 degrees), 4-class Gaussian quantiles in 13 dimensions, a 53-feature
  4-class set, a 45-feature Friedman-1 regression, pasta-extruder state and ropeway
  daily-passengers CSV files).
* :mod:`.heldout52`: the fifty-second fresh held-out part, written and labelled beside heldout53,
  after heldout50's and heldout51's measurement and before either was measured, by someone who
  saw no diagnosis, the same way (new data: a 10x10 image set of a mug (turned by 0, 90, 180 or
  270 degrees), 7-class Gaussian quantiles in 12 dimensions, a 52-feature 4-class set, a
  44-feature Friedman-1 regression, distillery still-state and hatchery daily-chicks CSV
  files).
* :mod:`.heldout51`: the fifty-first fresh held-out part, written and labelled beside heldout50,
  after heldout48's and heldout49's measurement and before either was measured, by someone who
  saw no diagnosis, the same way (new data: a 10x10 image set of a shovel (turned by 0, 90, 180
  or 270 degrees), 10-class Gaussian quantiles in 5 dimensions, a 51-feature 5-class set, a
  43-feature Friedman-1 regression, yogurt-incubator state and water-taxi daily-riders CSV
  files).
* :mod:`.heldout50`: the fiftieth fresh held-out part, written and labelled beside heldout51,
  after heldout48's and heldout49's measurement and before either was measured, by someone who
  saw no diagnosis, the same way (new data: a 10x10 image set of a candle (turned by 0, 90, 180
  or 270 degrees), 6-class Gaussian quantiles in 11 dimensions, a 50-feature 5-class set, a
  42-feature Friedman-1 regression, elevator car-state and canoe daily-rentals CSV files).
* :mod:`.heldout49`: the forty-ninth fresh held-out part, written and labelled beside heldout48,
  after heldout47's measurement and before either was measured, by someone who saw no diagnosis,
  the same way (new data: a 10x10 image set of a wrench (turned by 0, 90, 180 or 270 degrees),
  9-class Gaussian quantiles in 6 dimensions, a 49-feature 6-class set, a 41-feature Friedman-1
  regression, maple-evaporator state and e-scooter daily-rides CSV files).
* :mod:`.heldout48`: the forty-eighth fresh held-out part, written and labelled after
  heldout47's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a cactus (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 10
  dimensions, a 48-feature 4-class set, a 40-feature Friedman-1 regression, kombucha-brewer
  state and zipline daily-riders CSV files).
* :mod:`.heldout47`: the forty-seventh fresh held-out part, written and labelled after
  heldout46's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a boot (turned by 0, 90, 180 or 270 degrees), 8-class Gaussian quantiles in 8
  dimensions, a 47-feature 5-class set, a 39-feature Friedman-1 regression, mead-fermenter
  state and cat-cafe daily-visitors CSV files).
* :mod:`.heldout46`: the forty-sixth fresh held-out part, written and labelled after
  heldout45's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a teapot (turned by 0, 90, 180 or 270 degrees), 7-class Gaussian quantiles in 9
  dimensions, a 46-feature 4-class set, a 37-feature Friedman-1 regression, chocolate-tempering
  machine state and roller-rink daily-skaters CSV files).
* :mod:`.heldout45`: the forty-fifth fresh held-out part, written and labelled after
  heldout44's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a bottle (turned by 0, 90, 180 or 270 degrees), 8-class Gaussian quantiles in 7
  dimensions, a 45-feature 5-class set, a 36-feature Friedman-1 regression, candyfloss-machine
  state and botanic-garden daily-tickets CSV files).
* :mod:`.heldout44`: the forty-fourth fresh held-out part, written and labelled after
  heldout43's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a fish (turned by 0, 90, 180 or 270 degrees), 7-class Gaussian quantiles in 8
  dimensions, a 44-feature 4-class set, a 38-feature Friedman-1 regression, carousel drive-state
  and water-park daily-towels CSV files).
* :mod:`.heldout43`: the forty-third fresh held-out part, written and labelled after
  heldout42's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a cup (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 9
  dimensions, a 40-feature 5-class set, a 35-feature Friedman-1 regression, popcorn-machine
  kettle-state and planetarium daily-visitors CSV files).
* :mod:`.heldout42`: the forty-second fresh held-out part, written and labelled after
  heldout41's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a chair (turned by 0, 90, 180 or 270 degrees), 8-class Gaussian quantiles in 6
  dimensions, a 39-feature 6-class set, a 34-feature Friedman-1 regression, dishwasher
  cycle-phase and trampoline-park daily-jumpers CSV files).
* :mod:`.heldout41`: the forty-first fresh held-out part, written and labelled after
  heldout40's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a hammer (turned by 0, 90, 180 or 270 degrees), 7-class Gaussian quantiles in 5
  dimensions, a 38-feature 5-class set, a 33-feature Friedman-1 regression, sauna stove-state
  and pizzeria daily-pizzas CSV files).
* :mod:`.heldout40`: the fortieth fresh held-out part, written and labelled after
  heldout39's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a tulip (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles in 8
  dimensions, a 37-feature 4-class set, a 32-feature Friedman-1 regression, hot-air balloon
  burner-state and ice-cream parlour daily-scoops CSV files).
* :mod:`.heldout39`: the thirty-ninth fresh held-out part, written and labelled after
  heldout38's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a kite (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian quantiles in 5
  dimensions, a 36-feature 3-class set, a 31-feature Friedman-1 regression, tram
  pantograph-state and bowling alley daily-games CSV files).
* :mod:`.heldout38`: the thirty-eighth fresh held-out part, written and labelled after
  heldout37's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a sailboat (turned by 0, 90, 180 or 270 degrees), 4-class Gaussian quantiles
  in 10 dimensions, a 35-feature 4-class set, a 30-feature Friedman-1 regression, escalator
  drive-state and cable car daily-riders CSV files).
* :mod:`.heldout37`: the thirty-seventh fresh held-out part, written and labelled after
  heldout36's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a mushroom (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian quantiles
  in 7 dimensions, a 34-feature 3-class set, a 29-feature Friedman-1 regression, lighthouse
  lamp-state and museum daily-visitors CSV files).
* :mod:`.heldout36`: the thirty-sixth fresh held-out part, written and labelled after
  heldout35's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a fir tree (turned by 0, 90, 180 or 270 degrees), 7-class Gaussian quantiles
  in 6 dimensions, a 33-feature 5-class set, a 28-feature Friedman-1 regression, sawmill
  blade-wear-state and mini-golf daily-rounds CSV files).
* :mod:`.heldout35`: the thirty-fifth fresh held-out part, written and labelled after
  heldout34's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of an umbrella (turned by 0, 90, 180 or 270 degrees), 5-class Gaussian
  quantiles in 9 dimensions, a 29-feature 4-class set, a 23-feature Friedman-1 regression,
  kiln door-seal-state and car-wash daily-car-count CSV files).
* :mod:`.heldout34`: the thirty-fourth fresh held-out part, written and labelled after
  heldout33's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a house outline (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian
  quantiles in 5 dimensions, a 32-feature 3-class set, a 27-feature Friedman-1 regression,
  espresso-machine boiler-state and food-truck daily-sales CSV files).
* :mod:`.heldout33`: the thirty-third fresh held-out part, written and labelled after
  heldout32's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a lightning bolt (turned by 0, 90, 180 or 270 degrees), 6-class Gaussian
  quantiles in 4 dimensions, a 31-feature 4-class set, a 26-feature Friedman-1 regression,
  fishing-boat engine-state and ferris-wheel hourly-rider CSV files).
* :mod:`.heldout32`: the thirty-second fresh held-out part, written and labelled after
  heldout31's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a bell (hanging from the top, right, bottom or left), 5-class Gaussian quantiles
  in 8 dimensions, a 30-feature 3-class set, a 24-feature Friedman-1 regression, greenhouse
  irrigation-valve state and climbing-gym daily-visit CSV files).
* :mod:`.heldout31`: the thirty-first fresh held-out part, written and labelled after
  heldout30's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of an anchor (pointing up, right, down or left), 4-class Gaussian quantiles in 9
  dimensions, a 28-feature 4-class set, a 22-feature Friedman-1 regression, windmill
  gearbox-state and library daily-loan CSV files).
* :mod:`.heldout30`: the thirtieth fresh held-out part, written and labelled after
  heldout29's measurement by someone who saw no diagnosis, the same way (new data: an 11x11
  image set of a key (a ring with a toothed shaft, pointing up, right, down or left), 5-class
  Gaussian quantiles in 7 dimensions, a 27-feature 3-class set, a 21-feature Friedman-1
  regression, compost-pile stage and marina daily fuel-sales CSV files).
* :mod:`.heldout29`: the twenty-ninth fresh held-out part, written and labelled after
  heldout28's measurement by someone who saw no diagnosis, the same way (new data: a 12x12
  image set of a crescent moon (opening up, right, down or left), 3-class Gaussian quantiles
  in 10 dimensions, a 26-feature 4-class set, a 19-feature Friedman-1 regression, bakery
  proofer dough-state and ski-lift hourly-rider CSV files).
* :mod:`.heldout28`: the twenty-eighth fresh held-out part, written and labelled after
  heldout27's measurement by someone who saw no diagnosis, the same way (new data: a 12x12
  image set of an hourglass (two triangles tip to tip, turned by 0, 45, 90 or 135 degrees),
  4-class Gaussian quantiles in 8 dimensions, a 25-feature 3-class set, a 17-feature
  Friedman-1 regression, laundromat dryer fault-state and ferry-terminal daily-passenger CSV
  files).
* :mod:`.heldout27`: the twenty-seventh fresh held-out part, written and labelled after
  heldout26's measurement by someone who saw no diagnosis, the same way (new data: an 11x11
  image set of a pennant (a flag on a pole, turned by 0, 90, 180 or 270 degrees), 3-class
  Gaussian quantiles in 9 dimensions, a 20-feature 4-class set, a 16-feature Friedman-1
  regression, cold-room compressor-state and bus-depot diesel-use CSV files).
* :mod:`.heldout26`: the twenty-sixth fresh held-out part, written and labelled after
  heldout25's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a square spiral (winding in from a corner, turned by 0, 90, 180 or 270
  degrees), 5-class Gaussian quantiles in 6 dimensions, a 22-feature 4-class set, an
  18-feature Friedman-1 regression, wood-stove burn-state and swimming-pool chlorine-dose CSV
  files).
* :mod:`.heldout25`: the twenty-fifth fresh held-out part, written and labelled after
  heldout24's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a fork (a trident with its tines up, right, down or left), 5-class Gaussian
  quantiles in 4 dimensions, an 18-feature 3-class set, a 25-feature Friedman-1 regression,
  beehive-state and kiln firing-time CSV files).
* :mod:`.heldout24`: the twenty-fourth fresh held-out part, written and labelled after
  heldout23's measurement by someone who saw no diagnosis, the same way (new data: an 11x11
  image set of a hook (a J turned by 0, 90, 180 or 270 degrees), 3-class Gaussian quantiles in
  7 dimensions, a 21-feature 4-class set, a 20-feature Friedman-1 regression, sourdough-starter
  state and tumble-dryer cycle-time CSV files).
* :mod:`.heldout23`: the twenty-third fresh held-out part, written and labelled after
  heldout22's measurement by someone who saw no diagnosis, the same way (new data: a 10x10
  image set of a staircase (a stepped right triangle with its right angle in one of four
  corners), 4-class Gaussian quantiles in 6 dimensions, a 23-feature 3-class set, a 14-feature
  Friedman-1 regression, avalanche-danger and lift trip-time CSV files).
* :mod:`.heldout22`: the twenty-second fresh held-out part, written and labelled after
  heldout21's measurement by someone who saw no diagnosis, the same way (new data: a 9x9 image
  set of a notched arrow pointing up, right, down or left, 3-class Gaussian quantiles in 5
  dimensions, a 19-feature 4-class set, a 10-feature Friedman-1 regression, bathing-beach
  water-quality and dinghy race-leg-time CSV files).
* :mod:`.heldout21`: the twenty-first fresh held-out part, written and labelled after heldout20's
  measurement by someone who saw no diagnosis, the same way (new data: an 11x11 image set of a
  zigzag (Z, S, N or a reversed N), 3-class Gaussian quantiles in 4 dimensions, a 17-feature
  5-class set, a 6-feature Friedman-1 regression, beehive-state and ice-rink resurfacing-time CSV
  files).
* :mod:`.heldout20`: the twentieth fresh held-out part, written and labelled after heldout19's
  measurement by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  Landolt ring with its gap at the right, top, left or bottom, 4-class Gaussian quantiles in 4
  dimensions, a 13-feature 4-class set, an 8-feature Friedman-1 regression, train-door-state and
  ski-lift-queue CSV files).
* :mod:`.heldout19`: the nineteenth fresh held-out part, written and labelled after heldout18's
  measurement by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  chevron pointing right, up, left or down, 3-class Gaussian quantiles in 6 dimensions, a
  15-feature 6-class set, a 12-feature Friedman-1 regression, aquarium-alert and bakery-sales CSV
  files).
* :mod:`.heldout18`: the eighteenth fresh held-out part, written and labelled after heldout17's
  measurement by someone who saw no diagnosis, the same way (new data: a 9x9 image set of a
  T turned by 0, 90, 180 or 270 degrees, 4-class Gaussian quantiles in 5 dimensions, a
  12-feature 5-class set, a 9-feature Friedman-1 regression, turbine-fault and ferry-delay CSV
  files).
* :mod:`.heldout17`: the seventeenth fresh held-out part, written and labelled after heldout16's
  measurement by someone who saw no diagnosis, the same way (new data: a 10x10 image set of an
  L turned by 0, 90, 180 or 270 degrees, 3-class Gaussian quantiles in 8 dimensions, a
  16-feature 6-class set, an 11-feature regression, parcel-damage and hotel-occupancy CSV
  files).
* :mod:`.heldout16`: the sixteenth fresh held-out part, written and labelled after heldout15's
  measurement by someone who saw no diagnosis, the same way (new data: a 10x10 image set of 1
  to 3 stripes to count, 4-class Gaussian quantiles in 7 dimensions, a 14-feature 5-class set,
  a 9-feature regression, vineyard harvest-grade and warehouse picking-time CSV files).
* :mod:`.heldout15`: the fifteenth fresh held-out part, written and labelled after heldout14's
  measurement by someone who saw no diagnosis, the same way (new data: a 10x10 image set of a
  hollow square of one of three sizes, 3-class Gaussian quantiles in 6 dimensions, an
  11-feature 4-class set, a 10-feature regression, footbridge alert-level and brewery
  fermentation-time CSV files).
* :mod:`.heldout14`: the fourteenth fresh held-out part, written and labelled after heldout13's
  measurement by someone who saw no diagnosis, the same way (new data: a 10x10 image set of 1
  to 4 dots to count, 4-class Gaussian quantiles in 5 dimensions, a 9-feature 3-class set, an
  8-feature regression, cheese ripening-grade and kiln drying-time CSV files).
* :mod:`.heldout13`: the thirteenth fresh held-out part, written and labelled after heldout12's
  measurement by someone who saw no diagnosis, the same way (new data: a 12x12 image set of a
  line at one of four orientations, 3-class Gaussian quantiles in 3 dimensions, a 7-feature
  Friedman-1 regression, coffee roast-level and greenhouse tomato-yield CSV files).
* :mod:`.heldout12`: the twelfth fresh held-out part, written and labelled after heldout11's
  measurement by someone who saw no diagnosis, the same way (new data: a 12x12 image set of a
  bar in one of four quadrants, a 5-class 10-feature set, a 6-feature regression, beehive-state
  and bike-rental CSV files).
* :mod:`.heldout11`: the eleventh fresh held-out part, written and labelled after heldout10's
  fixes by someone who saw no diagnosis, the same way (new data: a 10x10 image set of three
  shapes, the digits through the top half of their image, an imbalanced binary 12-feature set,
  4 blobs in 3 dimensions, a 12-feature regression, soil-moisture and delivery-time CSV files).
* :mod:`.heldout10`: the tenth fresh held-out part, written and labelled after heldout9 by
  someone who saw no diagnosis, the same way (new data: a 12x12 image set of sine gratings, the
  odd digits, breast cancer through its 10 worst-value features, a 3-class 8-feature set, 5
  blobs in 6 dimensions, a 4-feature regression, air-quality and battery CSV files).
* :mod:`.heldout9`: the ninth fresh held-out part, written and labelled while heldout8's misses
  were fixed, by someone who saw no diagnosis, the same way.
* :mod:`.heldout8`: the eighth fresh held-out part, written and labelled after heldout7's
  measurement and fixes, the same way.
* :mod:`.heldout7`: the seventh fresh held-out part, written and labelled after heldout6's
  measurement and fixes, the same way (new data: an 8x8 strokes image set, wide rings, a 3-class
  30-feature set, a 20-feature regression, wine through 4 features, the digits 5-9, a solar CSV).
* :mod:`.heldout6`, :mod:`.heldout5`: the sixth and fifth fresh held-out parts, written and
  labelled (by two people working apart) after heldout4's fixes, before any change is measured
  on them and without looking at any diagnosis of their runs; mechanism codes are expected only
  where the logged metric lies clearly outside the range of every healthy run of the part (new
  data sets: hastie, friedman2/3, s-curve, swiss roll, sparse-uncorrelated, 6-class and 7-blob
  sets, noisy moons, even/odd digits, digits 0-2, two new image sets, heating and pump CSV
  files; Lightning, Hugging Face Trainer, Keras, TensorBoard and plain loops).
* :mod:`.heldout4`: the fourth fresh held-out part, written and labelled after heldout3, before
  any change is measured on it and without looking at any diagnosis of its runs (new data sets:
  a 12x12 texture image set, narrow rings, binary, 4-class and imbalanced synthetic sets, a
  5-feature regression set, the digits 0-4, a ripple CSV file; CNNs, optimisers, schedules,
  batch sizes, and runs logged by Lightning, Hugging Face Trainer, Keras, TensorBoard, plain
  loops).
* :mod:`.heldout3`: the third held-out part, written and labelled after heldout2's
  measurement (new data sets, CNNs, regression, optimisers, batch sizes, and runs logged by
  Lightning, Hugging Face Trainer, Keras, TensorBoard, plain loops).
* :mod:`.heldout2`: the second held-out part, written in session 3 before any threshold change;
  it was measured and looked at, so it no longer counts as unseen.
* :mod:`.tuned`: the 28 cases the diagnosis' thresholds were tuned on (their score flatters).
* :mod:`.heldout`: the first held-out part; it was measured, looked at and fixed against, so it
  now counts as tuned-on.
* :mod:`.healthy`: sound settings that train well, to measure false alarms.

:func:`run_bank` trains cases into an MLflow store and reads back each diagnosis the way a user
sees it; :func:`score` gives precision and recall per finding code, the healthy false-alarm
rate and the verdict accuracy. ``benchmarks/diagnosis.py`` prints them per part.
"""

from __future__ import annotations

from benchmarks.diagnosis_bank import (
    healthy,
    heldout,
    heldout2,
    heldout3,
    heldout4,
    heldout5,
    heldout6,
    heldout7,
    heldout8,
    heldout9,
    heldout10,
    heldout11,
    heldout12,
    heldout13,
    heldout14,
    heldout15,
    heldout16,
    heldout17,
    heldout18,
    heldout19,
    heldout20,
    heldout21,
    heldout22,
    heldout23,
    heldout24,
    heldout25,
    heldout26,
    heldout27,
    heldout28,
    heldout29,
    heldout30,
    heldout31,
    heldout32,
    heldout33,
    heldout34,
    heldout35,
    heldout36,
    heldout37,
    heldout38,
    heldout39,
    heldout40,
    heldout41,
    heldout42,
    heldout43,
    heldout44,
    heldout45,
    heldout46,
    heldout47,
    heldout48,
    heldout49,
    heldout50,
    heldout51,
    heldout52,
    heldout53,
    heldout54,
    heldout55,
    heldout56,
    heldout57,
    heldout58,
    heldout59,
    heldout60,
    heldout61,
    heldout62,
    heldout63,
    heldout64,
    heldout65,
    heldout66,
    heldout67,
    heldout68,
    heldout69,
    heldout70,
    heldout71,
    heldout72,
    heldout73,
    heldout74,
    heldout75,
    heldout76,
    heldout77,
    heldout78,
    heldout79,
    heldout80,
    heldout81,
    heldout82,
    heldout83,
    heldout84,
    heldout85,
    heldout86,
    heldout87,
    heldout88,
    heldout89,
    heldout90,
    heldout91,
    heldout92,
    heldout93,
    heldout94,
    heldout95,
    heldout96,
    heldout97,
    heldout98,
    heldout99,
    heldout100,
    heldout101,
    heldout102,
    heldout103,
    heldout104,
    heldout105,
    heldout106,
    heldout107,
    heldout108,
    heldout109,
    heldout110,
    heldout111,
    heldout112,
    heldout113,
    heldout114,
    heldout115,
    heldout116,
    heldout117,
    heldout118,
    heldout119,
    heldout120,
    heldout121,
    heldout122,
    heldout123,
    heldout124,
    heldout125,
    heldout126,
    heldout127,
    heldout128,
    heldout129,
    heldout130,
    heldout131,
    heldout132,
    heldout133,
    heldout134,
    heldout135,
    heldout136,
    heldout137,
    heldout138,
    heldout139,
    heldout140,
    heldout141,
    heldout142,
    heldout143,
    heldout144,
    heldout145,
    heldout146,
    heldout147,
    heldout148,
    heldout149,
    heldout150,
    heldout151,
    heldout152,
    heldout153,
    heldout154,
    heldout155,
    heldout156,
    heldout157,
    heldout158,
    heldout159,
    heldout160,
    heldout161,
    heldout162,
    heldout163,
    heldout164,
    heldout165,
    heldout166,
    heldout167,
    heldout168,
    heldout169,
    heldout170,
    heldout171,
    heldout172,
    heldout173,
    heldout174,
    heldout175,
    heldout176,
    heldout177,
    heldout178,
    heldout179,
    heldout180,
    heldout181,
    heldout182,
    heldout183,
    heldout184,
    heldout185,
    heldout186,
    heldout187,
    heldout188,
    heldout189,
    heldout190,
    heldout191,
    heldout192,
    heldout193,
    heldout194,
    heldout195,
    heldout196,
    heldout197,
    heldout198,
    heldout199,
    heldout200,
    heldout201,
    heldout202,
    heldout203,
    heldout204,
    heldout205,
    heldout206,
    heldout207,
    heldout208,
    heldout209,
    tuned,
)
from benchmarks.diagnosis_bank._machinery import (
    BASE,
    DETECT,
    NEEDS,
    VERDICTS,
    Case,
    judge,
    read_diagnosis,
    run_bank,
    run_case,
    score,
)

PARTS: dict[str, tuple[Case, ...]] = {
    "heldout83": heldout83.CASES,
    "heldout84": heldout84.CASES,
    "heldout85": heldout85.CASES,
    "heldout86": heldout86.CASES,
    "heldout87": heldout87.CASES,
    "heldout88": heldout88.CASES,
    "heldout89": heldout89.CASES,
    "heldout90": heldout90.CASES,
    "heldout91": heldout91.CASES,
    "heldout92": heldout92.CASES,
    "heldout93": heldout93.CASES,
    "heldout94": heldout94.CASES,
    "heldout95": heldout95.CASES,
    "heldout96": heldout96.CASES,
    "heldout97": heldout97.CASES,
    "heldout98": heldout98.CASES,
    "heldout99": heldout99.CASES,
    "heldout100": heldout100.CASES,
    "heldout101": heldout101.CASES,
    "heldout102": heldout102.CASES,
    "heldout103": heldout103.CASES,
    "heldout104": heldout104.CASES,
    "heldout105": heldout105.CASES,
    "heldout106": heldout106.CASES,
    "heldout107": heldout107.CASES,
    "heldout108": heldout108.CASES,
    "heldout109": heldout109.CASES,
    "heldout110": heldout110.CASES,
    "heldout111": heldout111.CASES,
    "heldout112": heldout112.CASES,
    "heldout113": heldout113.CASES,
    "heldout114": heldout114.CASES,
    "heldout115": heldout115.CASES,
    "heldout116": heldout116.CASES,
    "heldout117": heldout117.CASES,
    "heldout118": heldout118.CASES,
    "heldout119": heldout119.CASES,
    "heldout120": heldout120.CASES,
    "heldout121": heldout121.CASES,
    "heldout122": heldout122.CASES,
    "heldout123": heldout123.CASES,
    "heldout124": heldout124.CASES,
    "heldout125": heldout125.CASES,
    "heldout126": heldout126.CASES,
    "heldout127": heldout127.CASES,
    "heldout128": heldout128.CASES,
    "heldout129": heldout129.CASES,
    "heldout130": heldout130.CASES,
    "heldout131": heldout131.CASES,
    "heldout132": heldout132.CASES,
    "heldout133": heldout133.CASES,
    "heldout134": heldout134.CASES,
    "heldout135": heldout135.CASES,
    "heldout136": heldout136.CASES,
    "heldout137": heldout137.CASES,
    "heldout138": heldout138.CASES,
    "heldout139": heldout139.CASES,
    "heldout140": heldout140.CASES,
    "heldout141": heldout141.CASES,
    "heldout142": heldout142.CASES,
    "heldout143": heldout143.CASES,
    "heldout144": heldout144.CASES,
    "heldout145": heldout145.CASES,
    "heldout146": heldout146.CASES,
    "heldout147": heldout147.CASES,
    "heldout148": heldout148.CASES,
    "heldout149": heldout149.CASES,
    "heldout150": heldout150.CASES,
    "heldout151": heldout151.CASES,
    "heldout152": heldout152.CASES,
    "heldout153": heldout153.CASES,
    "heldout154": heldout154.CASES,
    "heldout155": heldout155.CASES,
    "heldout156": heldout156.CASES,
    "heldout157": heldout157.CASES,
    "heldout158": heldout158.CASES,
    "heldout159": heldout159.CASES,
    "heldout160": heldout160.CASES,
    "heldout161": heldout161.CASES,
    "heldout162": heldout162.CASES,
    "heldout163": heldout163.CASES,
    "heldout164": heldout164.CASES,
    "heldout165": heldout165.CASES,
    "heldout166": heldout166.CASES,
    "heldout167": heldout167.CASES,
    "heldout168": heldout168.CASES,
    "heldout169": heldout169.CASES,
    "heldout170": heldout170.CASES,
    "heldout171": heldout171.CASES,
    "heldout172": heldout172.CASES,
    "heldout173": heldout173.CASES,
    "heldout174": heldout174.CASES,
    "heldout175": heldout175.CASES,
    "heldout176": heldout176.CASES,
    "heldout177": heldout177.CASES,
    "heldout178": heldout178.CASES,
    "heldout179": heldout179.CASES,
    "heldout180": heldout180.CASES,
    "heldout181": heldout181.CASES,
    "heldout182": heldout182.CASES,
    "heldout183": heldout183.CASES,
    "heldout184": heldout184.CASES,
    "heldout185": heldout185.CASES,
    "heldout186": heldout186.CASES,
    "heldout187": heldout187.CASES,
    "heldout188": heldout188.CASES,
    "heldout189": heldout189.CASES,
    "heldout190": heldout190.CASES,
    "heldout191": heldout191.CASES,
    "heldout192": heldout192.CASES,
    "heldout193": heldout193.CASES,
    "heldout194": heldout194.CASES,
    "heldout195": heldout195.CASES,
    "heldout196": heldout196.CASES,
    "heldout197": heldout197.CASES,
    "heldout198": heldout198.CASES,
    "heldout199": heldout199.CASES,
    "heldout200": heldout200.CASES,
    "heldout201": heldout201.CASES,
    "heldout202": heldout202.CASES,
    "heldout203": heldout203.CASES,
    "heldout204": heldout204.CASES,
    "heldout205": heldout205.CASES,
    "heldout206": heldout206.CASES,
    "heldout207": heldout207.CASES,
    "heldout208": heldout208.CASES,
    "heldout209": heldout209.CASES,
    "heldout82": heldout82.CASES,
    "heldout81": heldout81.CASES,
    "heldout80": heldout80.CASES,
    "heldout79": heldout79.CASES,
    "heldout78": heldout78.CASES,
    "heldout77": heldout77.CASES,
    "heldout76": heldout76.CASES,
    "heldout75": heldout75.CASES,
    "heldout74": heldout74.CASES,
    "heldout73": heldout73.CASES,
    "heldout72": heldout72.CASES,
    "heldout71": heldout71.CASES,
    "heldout70": heldout70.CASES,
    "heldout69": heldout69.CASES,
    "heldout68": heldout68.CASES,
    "heldout67": heldout67.CASES,
    "heldout66": heldout66.CASES,
    "heldout65": heldout65.CASES,
    "heldout64": heldout64.CASES,
    "heldout63": heldout63.CASES,
    "heldout62": heldout62.CASES,
    "heldout61": heldout61.CASES,
    "heldout60": heldout60.CASES,
    "heldout59": heldout59.CASES,
    "heldout58": heldout58.CASES,
    "heldout57": heldout57.CASES,
    "heldout56": heldout56.CASES,
    "heldout55": heldout55.CASES,
    "heldout54": heldout54.CASES,
    "heldout53": heldout53.CASES,
    "heldout52": heldout52.CASES,
    "heldout51": heldout51.CASES,
    "heldout50": heldout50.CASES,
    "heldout49": heldout49.CASES,
    "heldout48": heldout48.CASES,
    "heldout47": heldout47.CASES,
    "heldout46": heldout46.CASES,
    "heldout45": heldout45.CASES,
    "heldout44": heldout44.CASES,
    "heldout43": heldout43.CASES,
    "heldout42": heldout42.CASES,
    "heldout41": heldout41.CASES,
    "heldout40": heldout40.CASES,
    "heldout39": heldout39.CASES,
    "heldout38": heldout38.CASES,
    "heldout37": heldout37.CASES,
    "heldout36": heldout36.CASES,
    "heldout35": heldout35.CASES,
    "heldout34": heldout34.CASES,
    "heldout33": heldout33.CASES,
    "heldout32": heldout32.CASES,
    "heldout31": heldout31.CASES,
    "heldout30": heldout30.CASES,
    "heldout29": heldout29.CASES,
    "heldout28": heldout28.CASES,
    "heldout27": heldout27.CASES,
    "heldout26": heldout26.CASES,
    "heldout25": heldout25.CASES,
    "heldout24": heldout24.CASES,
    "heldout23": heldout23.CASES,
    "heldout22": heldout22.CASES,
    "heldout21": heldout21.CASES,
    "heldout20": heldout20.CASES,
    "heldout19": heldout19.CASES,
    "heldout18": heldout18.CASES,
    "heldout17": heldout17.CASES,
    "heldout16": heldout16.CASES,
    "heldout15": heldout15.CASES,
    "heldout14": heldout14.CASES,
    "heldout13": heldout13.CASES,
    "heldout12": heldout12.CASES,
    "heldout11": heldout11.CASES,
    "heldout10": heldout10.CASES,
    "heldout9": heldout9.CASES,
    "heldout8": heldout8.CASES,
    "heldout7": heldout7.CASES,
    "heldout6": heldout6.CASES,
    "heldout5": heldout5.CASES,
    "heldout4": heldout4.CASES,
    "heldout3": heldout3.CASES,
    "heldout2": heldout2.CASES,
    "heldout": heldout.CASES,
    "healthy": healthy.CASES,
    "tuned": tuned.CASES,
}

__all__ = [
    "BASE",
    "DETECT",
    "NEEDS",
    "PARTS",
    "VERDICTS",
    "Case",
    "judge",
    "read_diagnosis",
    "run_bank",
    "run_case",
    "score",
]
