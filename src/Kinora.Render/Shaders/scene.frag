#version 450 core
in vec3 vWorld;
in vec3 vNormal;
in vec3 vSkyEven;
in vec3 vObject;
flat in vec4 vAlbedoRoughness;
flat in vec4 vEmissionMetallic;
flat in int vPattern;
flat in float vGlass;

uniform vec3 uCameraPos;
uniform vec3 uSunDir;
uniform vec3 uSunColour;
uniform vec3 uSkyZenith;
uniform vec3 uSkyHorizon;
uniform float uNight;
uniform float uTime;
uniform float uInterior;
uniform float uRain;

uniform int uPointCount;
uniform int uHighlighted;      // lamps [0, uHighlighted) get a highlight: the nearest practicals (GlRenderer.WithCrewLights)
uniform int uCrewEnd;          // lamps [uHighlighted, uCrewEnd) are the crew's keys, each with a flag under it and one over it
uniform vec4 uPointPos[8];     // xyz position (m), w range (m)
uniform vec4 uPointColour[8];  // rgb colour × intensity; w: a crew key's flag edge, world height (m)

layout(location = 0) out vec4 outColour;

struct Surface { vec3 albedo; float roughness; float metallic; vec3 normal; float openness; };

// Two planar coordinates on the face a fragment lies on, so bricks run along walls and boards along floors.
vec2 faceCoords(vec3 p, vec3 n)
{
    vec3 a = abs(n);
    if (a.y > a.x && a.y > a.z) return p.xz;
    return a.x > a.z ? vec2(p.z, p.y) : vec2(p.x, p.y);
}

// ---- Surface relief and ambient light (normal maps, sky irradiance, occlusion) ----

// Relief: one tiling layer per kind of surface (ReliefMaps.cs), sampled with mipmaps at the pattern's coordinates.
// Per texel: the height's slope along the pattern's axes (÷ 2), the depth of a hollow, a tone. Indexed by pattern;
// brick walls use layer 2, rendered plaster layer 4 (the water's slot: water keeps its own ripples, flat here).
uniform sampler2DArray uRelief;
uniform vec2 uReliefTile[11];  // each layer's tile in metres (ReliefMaps.Layers)
uniform vec4 uReliefMean[11];  // each layer's mean texel (its 1×1 level): what the relief fades to with distance

// Beyond this distance (metres) a layer's mean stands in for its texture, which its mipmaps have flattened to about
// that anyway; from ReliefFade on it fades toward it, so there is no seam. llvmpipe skips the texture for whole blocks
// of far pixels (a branch no lane takes costs nothing).
const float ReliefFade = 30.0, ReliefReach = 45.0;
//                                  flat grass brick boards plaster sand asphalt weave foliage cobbles stone
const float reliefSlope[11]  = float[](0.0, 0.9, 1.0, 0.8, 0.9, 0.8, 1.0, 0.7, 0.8, 1.0, 0.9);
const float reliefHollow[11] = float[](0.0, 0.25, 0.45, 0.35, 0.1, 0.15, 0.2, 0.2, 0.5, 0.45, 0.4);
const float reliefTone[11]   = float[](0.0, 0.25, 0.06, 0.3, 0.08, 0.12, 0.35, 0.1, 0.3, 0.22, 0.14);

// Tilts the normal by the relief's slope through the screen-space derivatives of position and pattern coordinates
// (Mikkelsen's surface gradient): no tangents needed, so it holds on boxes, skinned cloth and skewed foliage alike.
Surface relief(Surface s, vec2 q, int k, float dist)
{
    bool brick = smoothstep(0.35, 0.55, (vAlbedoRoughness.r - vAlbedoRoughness.b) / max(vAlbedoRoughness.r, 1e-3)) > 0.5;
    int layer = k == 4 ? 0 : (k == 2 && !brick ? 4 : k);
    vec2 tile = uReliefTile[layer];
    vec2 dqdx = dFdx(q), dqdy = dFdy(q);
    vec4 r = uReliefMean[layer];
    if (dist < ReliefReach) r = mix(texture(uRelief, vec3(q / tile, float(layer))), r, smoothstep(ReliefFade, ReliefReach, dist));
    r.xyw = r.xyw * 2.0 - 1.0;
    vec2 slope = r.xy * (2.0 * reliefSlope[layer]);
    vec3 dpdx = dFdx(vWorld), dpdy = dFdy(vWorld);
    vec3 r1 = cross(dpdy, s.normal), r2 = cross(s.normal, dpdx);
    float det = dot(dpdx, r1);
    vec3 gradient = sign(det) * (dot(slope, dqdx) * r1 + dot(slope, dqdy) * r2);
    s.normal = normalize(abs(det) * s.normal - gradient);
    // Hollows (joints, gaps between stones) gather dirt and see less of the sky.
    s.openness *= 1.0 - r.z * reliefHollow[layer];
    s.albedo *= (1.0 + r.w * reliefTone[layer]) * (1.0 - 0.35 * r.z * reliefHollow[layer]);
    return s;
}

// Irradiance / π from the sky and the ground's bounce (common.glsl): the even part from the vertex, the linear
// terms here for the shaded normal (relief included; a back face's flipped normal too).
vec3 skyAmbient(vec3 n)
{
    return max(vSkyEven + uSkySH[1] * n.y + uSkySH[2] * n.z + uSkySH[3] * n.x, vec3(0.0));
}

// To first order (four terms): enough for the blurred sky that rough reflections show.
vec3 skyAmbientBroad(vec3 d)
{
    return max(uSkySH[0] + uSkySH[1] * d.y + uSkySH[2] * d.z + uSkySH[3] * d.x, vec3(0.0));
}

// The share of the ambient light that reaches this pixel past nearby geometry: half-resolution screen-space
// occlusion from the depth pre-pass (GlRenderer.Surface.cs), or, without it, a guess from height above the ground.
#ifdef AMBIENT_OCCLUSION
uniform sampler2D uOcclusion;
uniform vec2 uScreenTexel;
#endif

float ambientOpenness(vec3 n)
{
#ifdef AMBIENT_OCCLUSION
    // At the corner shared by four half-resolution pixels nearest this pixel: the mean of occlusion.frag's four
    // angles.
    return texture(uOcclusion, floor(gl_FragCoord.xy * 0.5 + 0.5) * 2.0 * uScreenTexel).r;
#else
    return mix(0.55, 1.0, clamp(vWorld.y * 0.6 + 0.35 + n.y * 0.3, 0.0, 1.0));
#endif
}

// ---- Procedural detail ----

// Procedural detail per Material.Pattern, as one straight-line computation with per-pattern weights rather than
// a branch per pattern: llvmpipe runs both sides of a branch whenever the lanes of a SIMD block disagree, so
// the cost stays at one value noise and two hashes whatever the mix on screen. What only some surfaces need is cut
// out by the program's variant instead (SurfaceClass.cs: SURFACE_DETAIL, BRICK_AND_BOARDS, GLASS), chosen per draw. Detail fades with distance so it does
// not shimmer at a pixel's size.
//                          none  grass brick wood  water sand  asph  cloth foliage cobbles stone
const float broadFreq[11] = float[](0.0, 0.35, 0.6,  2.0,  1.7,  0.8,  0.45, 3.0,  2.2,  0.5,  0.4);
const float broadAmp[11]  = float[](0.0, 0.25, 0.12, 0.06, 0.0,  0.08, 0.16, 0.10, 0.40, 0.14, 0.12);
const float roughMin[11]  = float[](0.0, 0.85, 0.8,  0.55, 0.0,  0.85, 0.75, 0.75, 0.8,  0.7,  0.8);

// The pattern's two coordinates in metres: on the face for walls, boards and cloth, across the ground otherwise.
vec2 patternCoords(int k, vec3 normal)
{
    bool onObject = k == 3 || k == 7;
    bool onFace = k == 2 || k == 10 || onObject;
    vec3 p = onObject ? vObject : vWorld;
    return onFace ? faceCoords(p, normal) : (k == 8 ? vec2(p.x + p.y * 0.7, p.z - p.y * 0.6) : p.xz);
}

Surface detail(Surface s, vec2 q, float dist)
{
    int k = clamp(vPattern, 0, 10);
    float near = 1.0 - smoothstep(25.0, 90.0, dist);

    float broad = valueNoise(q * broadFreq[k]);
    // Fine grain (wood's streaks, asphalt's stones, the weave) comes from the relief's tone (relief()). Water never
    // reaches this shader (water.frag draws it, with its own waves): llvmpipe would pay for a ripple noise on every
    // pixel even where no lane is water.
    s.albedo *= 1.0 + broadAmp[k] * (broad * 2.0 - 1.0);

#ifdef BRICK_AND_BOARDS
    // Only the program for surface class Masonry (SurfaceClass.cs) has these lines: patterns 2 and 3.
    // Brick: courses 8 cm high, bricks 24 cm long, every other course offset by half; mortar lighter and grey.
    // Boards share the brick's cell: 1.2 m long, 14 cm wide, ends staggered, each its own tone.
    vec2 b = q / (k == 3 ? vec2(1.2, 0.14) : vec2(0.24, 0.08));
    b.x += mod(floor(b.y), 2.0) * 0.5;
    vec2 f = fract(b);
    float mortar = 1.0 - min(smoothstep(0.0, 0.06, f.x) * smoothstep(1.0, 0.94, f.x), smoothstep(0.0, 0.14, f.y) * smoothstep(1.0, 0.86, f.y));
    float brickTone = mix(0.85, 1.12, hash12(floor(b)));
    vec3 brick = mix(s.albedo * brickTone, mix(s.albedo, vec3(0.55, 0.53, 0.5), 0.6), mortar * 0.85);
    brick *= mix(0.8, 1.0, smoothstep(0.0, 1.2, vWorld.y)); // grime near the ground
    // Pattern 2 covers brick and plaster: warm, saturated albedos get courses, pale or grey ones stay
    // rendered plaster (the broad and fine noise above).
    float brickness = smoothstep(0.35, 0.55, (s.albedo.r - s.albedo.b) / max(s.albedo.r, 1e-3));
    s.albedo = k == 2 ? mix(s.albedo, brick, near * brickness) : s.albedo;

    // Wood: grain streaks run along each board (the fine noise above), each board a shade of its own, thin dark
    // joints between them; no periodic stripes, which read as ripples on anything but a floor.
    float joint = min(smoothstep(0.0, 0.04, f.y) * smoothstep(1.0, 0.96, f.y), smoothstep(0.0, 0.008, f.x) * smoothstep(1.0, 0.992, f.x));
    s.albedo *= k == 3 ? mix(0.9, 1.1, hash12(floor(b) + 3.7)) * mix(1.0, mix(0.75, 1.0, joint), near) : 1.0;
#endif

    // Grass and foliage: sun-bleached patches.
    s.albedo *= (k == 1 || k == 8) ? mix(vec3(1.0), vec3(1.2, 1.08, 0.62), smoothstep(0.6, 0.9, broad) * 0.5) : vec3(1.0);
    s.roughness = max(s.roughness, roughMin[k]);

    // Asphalt in the rain: puddles, darker and glossy.
    float wet = k == 6 ? uRain * smoothstep(0.45, 0.7, broad) : 0.0;
    // Puddles are near mirrors (they show the lamps at night, see POINT_LIGHTS below); the rest is damp and dull.
    s.roughness = k == 6 ? mix(mix(s.roughness, 0.3, uRain * 0.7), 0.05, wet) : s.roughness;
    s.albedo *= 1.0 - 0.3 * wet;
    return s;
}

#include "cascades.glsl"
#include "beam.glsl"

// GGX distribution with Hammon's approximation of height-correlated Smith visibility (no square roots);
// returns the specular BRDF times π (lights are given as the radiance a white Lambert surface facing them
// would reflect). Powers are written out: pow() is slow on llvmpipe.
vec3 specular(vec3 n, vec3 v, vec3 l, float roughness, vec3 f0)
{
    vec3 h = normalize(v + l);
    float nl = max(dot(n, l), 0.0), nv = max(dot(n, v), 1e-3), nh = max(dot(n, h), 0.0), vh = max(dot(v, h), 0.0);
    float a = roughness * roughness;
    float a2 = a * a;
    float denom = nh * nh * (a2 - 1.0) + 1.0;
    float d = a2 / (denom * denom);
    float vis = 0.5 / mix(2.0 * nl * nv, nl + nv, a);
    float m = 1.0 - vh;
    float m2 = m * m;
    vec3 f = f0 + (1.0 - f0) * (m2 * m2 * m);
    return f * (d * vis);
}

#ifdef POINT_LIGHTS
// A lamp's diffuse light on a white Lambert surface with normal n: the fall-off of a shade half a metre across,
// windowed to the lamp's range.
vec3 lampDiffuse(int i, vec3 n)
{
    vec3 lp = uPointPos[i].xyz - vWorld;
    float d2 = max(dot(lp, lp), 0.01);
    float q = d2 / (uPointPos[i].w * uPointPos[i].w);
    float window = clamp(1.0 - q * q, 0.0, 1.0);
    float pl = max(dot(n, lp), 0.0) * inversesqrt(d2);
    return uPointColour[i].rgb * (window * window / (d2 + 0.25)) * pl;
}
#endif

void main()
{
    vec3 toCamera = uCameraPos - vWorld;
    float dist = length(toCamera);
    vec3 v = toCamera / dist;
    vec3 n = normalize(vNormal);
    if (!gl_FrontFacing) n = -n;

    Surface s = Surface(vAlbedoRoughness.rgb, vAlbedoRoughness.a, vEmissionMetallic.a, n, 1.0);
#ifdef SURFACE_DETAIL
    if (vPattern != 0)
    {
        int k = clamp(vPattern, 0, 10);
        vec2 q = patternCoords(k, n);
        s = detail(s, q, dist);
        s = relief(s, q, k, dist);
    }
#endif
    n = s.normal;

    vec3 diffuseColour = s.albedo * (1.0 - s.metallic);
    vec3 f0 = mix(vec3(0.04), s.albedo, s.metallic);
    float nv = max(dot(n, v), 1e-3);

    vec3 colour = vec3(0.0);
    float nl = dot(n, uSunDir);
    if (nl > 0.0)
    {
        float shadow = sunShadow(vWorld, normalize(vNormal) * (gl_FrontFacing ? 1.0 : -1.0));
        colour += uSunColour * shadow * nl * (diffuseColour + specular(n, v, uSunDir, s.roughness, f0));
    }

    // Ambient: the sky's and the ground's light by direction (inside, the room's fill), less what nearby
    // geometry and the surface's own hollows hide.
    float openness = ambientOpenness(n) * s.openness;
    colour += diffuseColour * skyAmbient(n) * openness;

    // Sky reflection for smooth and metallic surfaces.
    vec3 r = reflect(-v, n);
    float m = 1.0 - nv;
    float m2 = m * m;
    vec3 fr = f0 + (max(vec3(1.0 - s.roughness), f0) - f0) * (m2 * m2 * m);
    vec3 skyR = mix(uSkyHorizon, uSkyZenith, clamp(r.y, 0.0, 1.0)) * mix(1.0, 0.2, uInterior) * 0.6 + skyAmbientBroad(r) * 0.4;
    colour += fr * skyR * (1.0 - s.roughness * 0.7) * mix(1.0, openness, 0.7);
#ifdef GLASS
    colour = glassSheen(colour, vGlass, nv, skyR);
#endif

#ifdef POINT_LIGHTS
    // The two nearest practicals (the list comes nearest first) get a specular highlight, the rest diffuse light
    // only: each GGX term costs as much as the rest of a light, and far lamps' highlights are small. Three loops with
    // uniform bounds (highlighted, the crew's keys, the rest), since llvmpipe runs an if under a lane mask whatever
    // its condition.
    // A lamp is a shade half a metre across, not a point: its light falls off as 1 / (d² + 0.25 m²), so a head
    // passing under a pendant is lit, not blown out.
    for (int i = 0; i < uHighlighted; i++)
    {
        vec3 lp = uPointPos[i].xyz - vWorld;
        float d2 = max(dot(lp, lp), 0.01);
        float q = d2 / (uPointPos[i].w * uPointPos[i].w);
        float window = clamp(1.0 - q * q, 0.0, 1.0); // not pow(): an exp2/log2 pair per light on llvmpipe
        vec3 l = lp * inversesqrt(d2);
        float pl = max(dot(n, l), 0.0);
        // The highlight is the lamp's image: widened by the shade's size over its distance (so a puddle or a polished
        // floor shows a lamp as a small bright disc, not a point) and not cut off by the range, since a mirror shows a
        // lamp however far it is.
        float rough = max(s.roughness, 0.05);
        float widened = min(rough + 0.25 * inversesqrt(d2), 1.0);
        float energy = rough / widened;
        colour += uPointColour[i].rgb * (pl / (d2 + 0.25)) * (window * window * diffuseColour + specular(n, v, l, widened, f0) * (energy * energy));
    }
    // The crew's keys: soft, no highlight, and flags on each (CrewLight.Passed): the key fades to 35 % over the 30 cm
    // under the lower flag's edge at the chin, so the face keeps it and a pale coat does not take all of it, and to
    // 35 % again over the 8 cm above the upper flag's edge at the brow, 22 cm higher, so pale hair does not blow out.
    for (int i = uHighlighted; i < uCrewEnd; i++)
        colour += lampDiffuse(i, n) * mix(0.35, 1.0, smoothstep(uPointColour[i].w - 0.3, uPointColour[i].w, vWorld.y))
            * mix(1.0, 0.35, smoothstep(uPointColour[i].w + 0.22, uPointColour[i].w + 0.3, vWorld.y) * step(0.01, uPointColour[i].w)) * diffuseColour;
    for (int i = uCrewEnd; i < uPointCount; i++)
        colour += lampDiffuse(i, n) * diffuseColour;
#endif

    colour += beamLight(vWorld, n, diffuseColour);
    colour += vEmissionMetallic.rgb;

    vec4 fog = fogAlong(uCameraPos, vWorld, uSunDir, uSunColour * (1.0 - uNight), uSkyHorizon);
    colour = mix(colour, fog.rgb, fog.a);
    outColour = developPixel(colour);
}
