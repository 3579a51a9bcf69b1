// A district frontend's calls, written against the client generated from the merged document
// (src/generated/governance.d.ts). It is never run: `tsc --noEmit` proves that a path, a field or
// an enum value the frontend relies on still exists with the type it expects.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/governance";

type Schemas = components["schemas"];

export function governance(baseUrl: string, token: string) {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
}

type Client = ReturnType<typeof governance>;

/** Which district and roles the gateway's services see in the token. */
export async function whoAmI(api: Client): Promise<string | null> {
  const { data, error } = await api.GET("/api/grid/me");
  if (error) {
    throw new Error(error.detail ?? error.title ?? "unknown problem");
  }
  return data.district;
}

/** The streets of the district, one page. */
export async function streets(api: Client, page: number): Promise<Schemas["UnitResponse"][]> {
  const { data, error } = await api.GET("/api/grid/units", { params: { query: { level: "street", page, pageSize: 50 } } });
  if (error) {
    // A 400 names each failing query parameter.
    throw new Error("errors" in error ? Object.keys(error.errors ?? {}).join(", ") : (error.title ?? ""));
  }
  return data.items;
}

/** Adds a grid under a community, with its boundary. */
export async function addGrid(api: Client, communityId: string, name: string): Promise<string> {
  const level: Schemas["UnitLevel"] = "grid";
  const { data, error, response } = await api.POST("/api/grid/units", {
    body: {
      level,
      parentId: communityId,
      name,
      code: null,
      boundary: { type: "Polygon", coordinates: [[[118.17, 39.63], [118.18, 39.63], [118.18, 39.64], [118.17, 39.63]]] },
    },
    headers: { "Idempotency-Key": crypto.randomUUID() },
  });
  if (error) {
    throw new Error(`${response.status}: ${error.title ?? ""}`);
  }
  return data.code ?? "(generated)";
}

/** A case with its history, and how far it is from its deadline. */
export async function caseHistory(api: Client, id: string): Promise<string[]> {
  const { data, error } = await api.GET("/api/grid/cases/{id}", { params: { path: { id } } });
  if (error) {
    return [];
  }
  const band: Schemas["SlaBand"] | null = data.band;
  return (data.history ?? []).map((step) => `${step.at} ${step.action} → ${step.toStatus} (${band ?? "no deadline"})`);
}

/** Registers a party for a community activity: registered, or waitlisted with a position. */
export async function register(api: Client, activityId: string, name: string, phone: string, partySize: number): Promise<string> {
  const { data, error } = await api.POST("/api/events/{id}/registrations", {
    params: { path: { id: activityId } },
    body: { name, phone, partySize },
  });
  if (error) {
    // 409 when registration is closed; `state` says why.
    return `refused: ${error.title ?? ""}`;
  }
  const status: Schemas["RegistrationStatus"] = data.status;
  return status === "waitlisted" ? `waitlisted at ${data.position ?? "?"}` : `registered, code ${data.code}`;
}
