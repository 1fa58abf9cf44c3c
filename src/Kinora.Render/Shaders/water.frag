#version 450 core
// Open water (Material.Pattern 4: sea, harbour, ponds), drawn after the rest of the set with scene.vert. The surface
// is a sum of four Gerstner wave trains (deep-water dispersion, so long swell runs faster than chop) moving with film
// time, steeper in wind, stippled by rain; waves finer than a pixel fade out and become roughness instead, so the
// far sea neither shimmers nor turns to a mirror of noise. It reflects the analytic sky and the lamps with
// Schlick's Fresnel (2 % head-on, nearly all at grazing angles), glitters where the sun or moon sits, and
// shows a dark blue-green body where it is seen from above, lit by the sky and a little by the sun. With REFLECTION,
// water on the dominant plane mirrors the set and the cast too (GlRenderer.Reflection.cs): their mirrored image, drawn
// at a quarter of the pixels, looked up where this pixel's reflected ray would meet it, bent by the waves' slopes.
in vec3 vWorld;
in vec3 vNormal;
in vec3 vObject;
flat in vec4 vAlbedoRoughness;
flat in vec4 vEmissionMetallic;
flat in int vPattern;

uniform vec3 uCameraPos;
uniform vec3 uSunDir;
uniform vec3 uSunColour;
uniform vec3 uSkyZenith;
uniform vec3 uSkyHorizon;
uniform vec3 uAmbient;
uniform float uNight;
uniform float uTime;
uniform float uInterior;
uniform float uRain;
uniform float uWind;

uniform int uPointCount;
uniform vec4 uPointPos[8];     // xyz position (m), w range (m)
uniform vec4 uPointColour[8];  // rgb colour × intensity

#ifdef REFLECTION
uniform sampler2D uReflection;   // the mirrored scene, encoded as developPixel writes it; alpha: covered
uniform float uWaterHeight;      // the mirror's plane (m)
uniform vec2 uScreenSize;        // the scene target's size in pixels
uniform vec2 uViewRight;         // the camera's right and forward on the water's plane (xz)
uniform vec2 uViewAhead;
#endif

layout(location = 0) out vec4 outColour;

#include "cascades.glsl"
#include "beam.glsl"

// Wave trains: wavelength (m), heading (radians, about the wind's), steepness (amplitude × wavenumber).
const float waveLength[4] = float[](11.0, 5.3, 2.3, 0.9);
const float waveHeading[4] = float[](0.0, 0.65, -0.55, 1.2);
const float waveSteepness[4] = float[](0.07, 0.06, 0.05, 0.045);

// The surface normal at p (metres, on the water's plane) at time t (seconds); footprint: metres one pixel spans.
vec3 waveNormal(vec2 p, float t, float footprint)
{
    // Waves come in groups: a broad, slowly drifting noise swells and calms them, so the trains do not read as stripes.
    float groups = valueNoise(p * 0.09 + vec2(t * 0.05, t * 0.03));
    float sea = clamp(0.55 + abs(uWind) * 0.09, 0.55, 1.7) * (0.45 + 1.1 * groups);
    vec2 slope = vec2(0.0);
    for (int i = 0; i < 4; i++)
    {
        float k = 6.2831853 / waveLength[i];
        float omega = sqrt(9.81 * k);
        vec2 d = vec2(cos(waveHeading[i] + 0.4), sin(waveHeading[i] + 0.4));
        float resolved = clamp(1.5 - footprint * 4.0 / waveLength[i], 0.0, 1.0);
        slope += d * (waveSteepness[i] * sea * resolved * cos(k * dot(d, p) - omega * t));
    }
#ifdef RAIN
    // Rain stipples the surface with small, fast-changing dimples.
    vec2 q = p * 7.0 + vec2(0.0, t * 3.1);
    slope += (vec2(valueNoise(q), valueNoise(q.yx + 11.3)) - 0.5) * (0.35 * uRain * clamp(1.0 - footprint * 6.0, 0.0, 1.0));
#endif
    return normalize(vec3(-slope.x, 1.0, -slope.y));
}

// GGX times π with Hammon's visibility, as scene.frag's specular, for a dielectric of reflectance f.
float glint(vec3 n, vec3 v, vec3 l, float roughness, float f)
{
    vec3 h = normalize(v + l);
    float nl = max(dot(n, l), 0.0), nv = max(dot(n, v), 1e-3), nh = max(dot(n, h), 0.0);
    float a = roughness * roughness;
    float a2 = a * a;
    float denom = nh * nh * (a2 - 1.0) + 1.0;
    return f * a2 / (denom * denom) * 0.5 / mix(2.0 * nl * nv, nl + nv, a);
}

void main()
{
    vec3 toCamera = uCameraPos - vWorld;
    float dist = length(toCamera);
    vec3 v = toCamera / dist;
    float footprint = length(fwidth(vWorld.xz));
    vec3 n = waveNormal(vWorld.xz, uTime, footprint);
    // Unresolved waves widen the highlights: the glitter path of a low sun stretches toward the camera.
    float roughness = clamp(max(vAlbedoRoughness.a, 0.04) + 0.3 * smoothstep(0.02, 1.5, footprint), 0.04, 0.45);

    float nv = max(dot(n, v), 1e-3);
    float m = 1.0 - nv;
    float m2 = m * m;
    float fresnel = 0.02 + 0.98 * (m2 * m2 * m);

    // The sky seen in the water: the analytic sky's gradient along the reflected ray (a wave tilted far enough to
    // reflect the sea itself sees the horizon).
    vec3 r = reflect(-v, n);
    float up = clamp(r.y, 0.0, 1.0);
    vec3 sky = mix(uSkyHorizon, uSkyZenith, sqrt(up)) * mix(1.0, 0.2, uInterior);
#ifdef REFLECTION
    // A wave tilted by slope s turns the reflected ray by about 2s: the image shifts across the screen with the tilt,
    // sideways with its component to the right, up and down with the one along the view. Water off the mirror's
    // plane (a puddle above the harbour) keeps the sky alone.
    vec2 tilt = n.xz / n.y;
    vec2 bend = vec2(dot(tilt, uViewRight), dot(tilt, uViewAhead) * 0.5) * 0.12;
    vec4 mirrored = texture(uReflection, gl_FragCoord.xy / uScreenSize + bend);
    float onPlane = 1.0 - smoothstep(0.05, 0.2, abs(vWorld.y - uWaterHeight));
    // Over the sky where the image covers (its edges, filtered against the clear, fade rather than fringe).
    sky = sky * (1.0 - mirrored.a * onPlane) + decodeScene(mirrored.rgb) * (onPlane / uExposure);
#endif
    vec3 reflected = sky * (1.0 - 0.5 * roughness);

    float shadow = sunShadow(vWorld, vec3(0.0, 1.0, 0.0));
    float sunUp = max(uSunDir.y, 0.0);
    // The body: light scattered up from below the surface, dark and blue-green; it is what shows head-on.
    vec3 deep = vAlbedoRoughness.rgb * 0.6;
    vec3 body = deep * (uAmbient * 1.2 + uSkyZenith * 0.3 + uSunColour * sunUp * (0.25 + 0.45 * shadow));
    vec3 colour = mix(body, reflected, fresnel);

    // The sun's (or the moon's) glitter, and each lamp's reflection (a lamp is a half-metre shade: its image is
    // widened by its size over its distance; no range cut-off, since a mirror shows a lamp from afar).
    colour += uSunColour * shadow * max(dot(n, uSunDir), 0.0) * glint(n, v, uSunDir, roughness, fresnel) * (1.0 - uInterior);
    for (int i = 0; i < uPointCount; i++)
    {
        vec3 lp = uPointPos[i].xyz - vWorld;
        float d2 = max(dot(lp, lp), 0.01);
        vec3 l = lp * inversesqrt(d2);
        float widened = clamp(roughness + 0.25 * inversesqrt(d2), 0.0, 1.0);
        float energy = roughness / widened;
        colour += uPointColour[i].rgb * (max(dot(n, l), 0.0) / (d2 + 0.25)) * (glint(n, v, l, widened, fresnel) * energy * energy + deep.g);
    }
    colour += beamLight(vWorld, n, deep) + vEmissionMetallic.rgb;

    vec4 fog = fogAlong(uCameraPos, vWorld, uSunDir, uSunColour * (1.0 - uNight), uSkyHorizon);
    colour = mix(colour, fog.rgb, fog.a);
    outColour = developPixel(colour);
}
