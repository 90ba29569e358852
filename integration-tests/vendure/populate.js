// Creates the shop's database with Vendure's own populate() helper: countries, zones, taxes,
// shipping and payment methods (data/initial-data.json) and a few products (data/products.csv).
const fs = require('fs');
const path = require('path');
process.env.VENDURE_DISABLE_TELEMETRY = 'true';
const { bootstrap, JobQueueService } = require('@vendure/core');
const { populate } = require('@vendure/core/cli');
const { config, dbFile } = require('./vendure-config');

async function main() {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  fs.rmSync(dbFile, { force: true });
  const started = Date.now();
  const app = await populate(
    async () => {
      const app = await bootstrap({
        ...config,
        apiOptions: { ...config.apiOptions, port: Number(process.env.VENDURE_PORT || 3099) },
        importExportOptions: { importAssetsDir: path.join(__dirname, 'data') },
      });
      await app.get(JobQueueService).start();
      return app;
    },
    path.join(__dirname, 'data', 'initial-data.json'),
    path.join(__dirname, 'data', 'products.csv'),
  );
  // Let the collection jobs finish before the database is closed.
  await new Promise(resolve => setTimeout(resolve, 2000));
  await app.close();
  console.log(`populated ${dbFile} in ${Date.now() - started} ms`);
}

main().then(
  () => process.exit(0),
  err => {
    console.error(err);
    process.exit(1);
  },
);
