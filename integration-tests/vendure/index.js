// Boots the test shop on 127.0.0.1:$VENDURE_PORT with the database populate.js created.
process.env.VENDURE_DISABLE_TELEMETRY = 'true';
const { bootstrap, JobQueueService } = require('@vendure/core');
const { config } = require('./vendure-config');

const started = Date.now();
bootstrap(config)
  .then(app => app.get(JobQueueService).start())
  .then(() => console.log(`vendure ready on ${config.apiOptions.port} in ${Date.now() - started} ms`))
  .catch(err => {
    console.error(err);
    process.exit(1);
  });
