// Places the orders the integration tests read, through the Shop API like a storefront would,
// then settles and ships one of them through the Admin API like the shop's staff would.
// Usage: VENDURE_PORT=3000 [ORDERS_TAG=abc] [TODAY=2026-12-01] node place-orders.js
// (prints the placed orders as one JSON line); CREATE_READER=1 only creates the read-only
// administrator, once per fresh shop database. Each run places its own orders for its own customers:
// the e-mails carry ORDERS_TAG (random by default), so no test sees another test's orders, and the
// promised delivery dates are relative to TODAY, the date of the clock under test.
const crypto = require('crypto');
const tag = (process.env.ORDERS_TAG || crypto.randomBytes(6).toString('hex')).toLowerCase();
const today = process.env.TODAY ? new Date(`${process.env.TODAY}T00:00:00Z`) : new Date();
const dayFromToday = days => new Date(today.getTime() + days * 86400000).toISOString().slice(0, 10);
const port = Number(process.env.VENDURE_PORT || 3000);
const base = `http://127.0.0.1:${port}`;
const reader = {
  username: process.env.VENDURE_READER_USERNAME || 'orderlens-reader@example.com',
  password: process.env.VENDURE_READER_PASSWORD || 'orderlens-it-reader',
};
const superadmin = {
  username: process.env.VENDURE_SUPERADMIN_USERNAME || 'superadmin',
  password: process.env.VENDURE_SUPERADMIN_PASSWORD || 'orderlens-it-superadmin',
};

/** A GraphQL session on one API that keeps the bearer token Vendure hands out. */
function session(api) {
  let token;
  return async (query, variables = {}) => {
    const response = await fetch(`${base}/${api}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    token = response.headers.get('vendure-auth-token') || token;
    const body = await response.json();
    if (body.errors) throw new Error(`${api}: ${JSON.stringify(body.errors)}`);
    const result = Object.values(body.data)[0];
    if (result && result.errorCode) throw new Error(`${api}: ${result.errorCode} ${result.message}`);
    return result;
  };
}

const ORDER = `... on Order { id code state lines { id } payments { id } }`;

async function variantIds() {
  const products = await session('shop-api')(`{ products(options:{take:100}) { items { variants { id sku } } } }`);
  return Object.fromEntries(products.items.flatMap(p => p.variants).map(v => [v.sku, v.id]));
}

async function placeOrder(ids, { items, customer, shipping, billing, customFields, pay }) {
  const shop = session('shop-api');
  for (const [sku, quantity] of items) {
    await shop(`mutation($id: ID!, $q: Int!) { addItemToOrder(productVariantId: $id, quantity: $q) { ${ORDER} ... on ErrorResult { errorCode message } } }`, { id: ids[sku], q: quantity });
  }
  await shop(`mutation($input: CreateCustomerInput!) { setCustomerForOrder(input: $input) { ${ORDER} ... on ErrorResult { errorCode message } } }`, { input: customer });
  await shop(`mutation($input: CreateAddressInput!) { setOrderShippingAddress(input: $input) { ${ORDER} ... on ErrorResult { errorCode message } } }`, { input: shipping });
  if (billing) {
    await shop(`mutation($input: CreateAddressInput!) { setOrderBillingAddress(input: $input) { ${ORDER} ... on ErrorResult { errorCode message } } }`, { input: billing });
  }
  if (customFields) {
    await shop(`mutation($input: UpdateOrderInput!) { setOrderCustomFields(input: $input) { ${ORDER} ... on ErrorResult { errorCode message } } }`, { input: { customFields } });
  }
  const methods = await shop(`{ eligibleShippingMethods { id name } }`);
  await shop(`mutation($id: [ID!]!) { setOrderShippingMethod(shippingMethodId: $id) { ${ORDER} ... on ErrorResult { errorCode message } } }`, { id: [methods[0].id] });
  let order = await shop(`mutation { transitionOrderToState(state: "ArrangingPayment") { ${ORDER} ... on OrderStateTransitionError { errorCode message transitionError } } }`);
  if (pay) {
    order = await shop(`mutation { addPaymentToOrder(input: { method: "standard-payment", metadata: {} }) { ${ORDER} ... on ErrorResult { errorCode message } } }`);
  }
  return order;
}

async function loggedInAdmin() {
  const admin = session('admin-api');
  await admin(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on CurrentUser { id } ... on ErrorResult { errorCode message } } }`, { u: superadmin.username, p: superadmin.password });
  return admin;
}

/** The least-privileged administrator docs/stores/vendure.md asks shop owners to give Orderlens. */
async function createReader() {
  const admin = await loggedInAdmin();
  const role = await admin(`mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }`, {
    input: { code: 'orderlens-reader', description: 'Orderlens: reads orders and customers', permissions: ['ReadOrder', 'ReadCustomer', 'ReadCatalog'] },
  });
  await admin(`mutation($input: CreateAdministratorInput!) { createAdministrator(input: $input) { id } }`, {
    input: { firstName: 'Orderlens', lastName: 'Reader', emailAddress: reader.username, password: reader.password, roleIds: [role.id] },
  });
}

async function settleAndShip(order, carrier, trackingCode) {
  const admin = await loggedInAdmin();
  await admin(`mutation($id: ID!) { settlePayment(id: $id) { ... on Payment { id state } ... on ErrorResult { errorCode message } } }`, { id: order.payments[0].id });
  const lines = (await admin(`query($id: ID!) { order(id: $id) { lines { id quantity } } }`, { id: order.id })).lines;
  const fulfillment = await admin(
    `mutation($input: FulfillOrderInput!) { addFulfillmentToOrder(input: $input) { ... on Fulfillment { id state } ... on ErrorResult { errorCode message } } }`,
    { input: { lines: lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })), handler: { code: 'manual-fulfillment', arguments: [{ name: 'method', value: carrier }, { name: 'trackingCode', value: trackingCode }] } } },
  );
  await admin(`mutation($id: ID!) { transitionFulfillmentToState(id: $id, state: "Shipped") { ... on Fulfillment { id state } ... on ErrorResult { errorCode message } } }`, { id: fulfillment.id });
}

const anna = { emailAddress: `anna.rossi.${tag}@example.com`, firstName: 'Anna', lastName: 'Rossi', phoneNumber: '+39 02 1234 5678' };
const annaAddress = { fullName: 'Anna Rossi', streetLine1: 'Via Roma 1', city: 'Milano', province: 'MI', postalCode: '20121', countryCode: 'IT', phoneNumber: '+39 02 1234 5678' };

async function main() {
  if (process.env.CREATE_READER === '1') {
    await createReader();
    console.log(JSON.stringify({ reader }));
    return;
  }
  const ids = await variantIds();
  const gift = await placeOrder(ids, {
    items: [['L2201308', 1], ['B01MXFLUSV', 2]],
    customer: anna,
    billing: annaAddress,
    shipping: { fullName: 'Giulia Verdi', streetLine1: 'Corso Francia 12', streetLine2: 'Scala B', city: 'Torino', province: 'TO', postalCode: '10138', countryCode: 'IT', phoneNumber: '+39 011 765 4321' },
    customFields: { isGift: true, giftMessage: 'Happy birthday, Giulia!', promisedDeliveryFrom: dayFromToday(0), promisedDeliveryDate: dayFromToday(2) },
    pay: true,
  });
  await settleAndShip(gift, 'DHL Express', 'JD014600003828140000');
  const dropShip = await placeOrder(ids, {
    items: [['ROR00221', 1], ['834444', 1]],
    customer: anna,
    shipping: annaAddress,
    pay: true,
  });
  const unpaid = await placeOrder(ids, {
    items: [['2000023510', 1]],
    customer: { emailAddress: `ben.carter.${tag}@example.com`, firstName: 'Ben', lastName: 'Carter' },
    shipping: { fullName: 'Ben Carter', streetLine1: '221 Baker Street', city: 'London', postalCode: 'NW1 6XE', countryCode: 'GB' },
    pay: false,
  });
  console.log(JSON.stringify({
    reader,
    giftOrder: { code: gift.code, email: anna.emailAddress },
    dropShipOrder: { code: dropShip.code, email: anna.emailAddress },
    unpaidOrder: { code: unpaid.code, email: `ben.carter.${tag}@example.com` },
  }));
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
