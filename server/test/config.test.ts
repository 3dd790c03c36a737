import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('fills in defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 3000,
      NEO4J_URI: 'bolt://127.0.0.1:7687',
    });
  });

  it('accepts cluster and Aura URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }).NEO4J_URI).toBe(
      'neo4j+s://abcd.databases.neo4j.io',
    );
    expect(loadConfig({ NEO4J_URI: 'neo4j://core1:7687' }).NEO4J_URI).toBe('neo4j://core1:7687');
  });

  it('reads the hardening settings, and refuses a frame-ancestors value that would break the policy', () => {
    expect(loadConfig({})).toMatchObject({
      RATE_LIMIT_PER_MINUTE: 1200,
      FRAME_ANCESTORS: "'self'",
      SERVE_SOURCE_MAPS: false,
    });
    expect(
      loadConfig({ FRAME_ANCESTORS: "'self' https://news.example.org", SERVE_SOURCE_MAPS: 'true' }),
    ).toMatchObject({
      FRAME_ANCESTORS: "'self' https://news.example.org",
      SERVE_SOURCE_MAPS: true,
    });
    expect(() => loadConfig({ FRAME_ANCESTORS: "*; script-src 'unsafe-inline'" })).toThrow(
      /FRAME_ANCESTORS=.*must be 'none', or 'self'/,
    );
    expect(() => loadConfig({ SERVE_SOURCE_MAPS: 'yes' })).toThrow(/SERVE_SOURCE_MAPS/);
    expect(loadConfig({}).EMBED_FRAME_ANCESTORS).toBe('*');
    expect(() => loadConfig({ EMBED_FRAME_ANCESTORS: "* 'unsafe-inline'" })).toThrow(
      /EMBED_FRAME_ANCESTORS/,
    );
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT="eighty"');
      expect((error as Error).message).toContain('NEO4J_URI="http://x"');
    }
  });
});
