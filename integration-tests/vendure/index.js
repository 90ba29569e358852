// Boots the test shop on 127.0.0.1:$VENDURE_PORT with the database populate.js created.
process.env.VENDURE_DISABLE_TELEMETRY = 'true';
const { bootstrap, JobQueueService } = require('@vendure/core');
const { config } = require('./vendure-config');

// Started by LiveVendure, the shop ends with the test JVM even when that JVM is killed: its end
// closes our stdin.
if (process.env.VENDURE_EXIT_WITH_STDIN) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

const started = Date.now();
bootstrap(config)
  .then(app => app.get(JobQueueService).start())
  .then(() => console.log(`vendure ready on ${config.apiOptions.port} in ${Date.now() - started} ms`))
  .catch(err => {
    console.error(err);
    process.exit(1);
  });
