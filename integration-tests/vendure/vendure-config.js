// A real Vendure 3.7.3 shop for the Orderlens integration tests (see docs/stores/vendure.md).
// Everything that varies comes from the environment, so LiveVendure can start it on a free port
// with its database under target/.
const path = require('path');
const { dummyPaymentHandler, DefaultLogger, LogLevel } = require('@vendure/core');

/**
 * The custom fields Orderlens reads. A shop owner adds the same definitions to their own
 * vendure-config: gift flag and message and the promised delivery window on the Order (set by the
 * storefront at checkout), and the drop-ship supplier on the ProductVariant (set in the dashboard).
 */
const orderlensCustomFields = {
  Order: [
    { name: 'isGift', type: 'boolean', defaultValue: false, public: true },
    { name: 'giftMessage', type: 'text', nullable: true, public: true },
    // ISO dates (YYYY-MM-DD): a promise is a calendar day in the shop's time zone, not an instant.
    { name: 'promisedDeliveryFrom', type: 'string', nullable: true, public: true, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    { name: 'promisedDeliveryDate', type: 'string', nullable: true, public: true, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  ],
  ProductVariant: [
    // Who ships this variant directly to the customer; empty for the shop's own stock.
    // Not public: customers do not see the supplier's name.
    { name: 'dropShipSupplier', type: 'string', nullable: true, public: false },
  ],
};

const dbFile =
  process.env.VENDURE_DB_FILE || path.join(__dirname, '..', '..', 'target', 'vendure', 'vendure.sqlite');

const config = {
  apiOptions: {
    hostname: '127.0.0.1',
    port: Number(process.env.VENDURE_PORT || 3000),
    adminApiPath: 'admin-api',
    shopApiPath: 'shop-api',
  },
  authOptions: {
    // Orderlens and the test scripts use bearer tokens (the vendure-auth-token header).
    tokenMethod: 'bearer',
    superadminCredentials: {
      identifier: process.env.VENDURE_SUPERADMIN_USERNAME || 'superadmin',
      password: process.env.VENDURE_SUPERADMIN_PASSWORD || 'orderlens-it-superadmin',
    },
  },
  dbConnectionOptions: {
    type: 'sqljs',
    synchronize: true,
    location: dbFile,
    autoSave: true,
    logging: false,
  },
  paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
  customFields: orderlensCustomFields,
  logger: new DefaultLogger({ level: process.env.VENDURE_VERBOSE ? LogLevel.Info : LogLevel.Warn }),
  plugins: [],
};

module.exports = { config, dbFile, orderlensCustomFields };
