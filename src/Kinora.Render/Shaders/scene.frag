#version 450 core
in vec3 vWorld;
in vec3 vNormal;
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
uniform vec3 uAmbient;
uniform float uNight;
uniform float uTime;
uniform float uInterior;
uniform float uRain;

uniform mat4 uLightViewProj;
uniform float uShadowTexel;
uniform sampler2DShadow uShadowMap;

uniform int uPointCount;
uniform vec4 uPointPos[8];     // xyz position (m), w range (m)
uniform vec4 uPointColour[8];  // rgb colour × intensity

layout(location = 0) out vec4 outColour;

struct Surface { vec3 albedo; float roughness; float metallic; vec3 normal; };

// Two planar coordinates on the face a fragment lies on, so bricks run along walls and boards along floors.
vec2 faceCoords(vec3 p, vec3 n)
{
    vec3 a = abs(n);
    if (a.y > a.x && a.y > a.z) return p.xz;
    return a.x > a.z ? vec2(p.z, p.y) : vec2(p.x, p.y);
}

// Procedural detail per Material.Pattern, as one straight-line computation with per-pattern weights rather than
// a branch per pattern: llvmpipe runs both sides of a branch whenever the lanes of a SIMD block disagree, so
// the cost stays at two value noises and a hash whatever the mix on screen. Detail fades with distance so it does
// not shimmer at a pixel's size.
//                          none  grass brick wood  water sand  asph  cloth foliage
const float broadFreq[9] = float[](0.0, 0.35, 0.6,  2.0,  1.7,  0.8,  0.45, 3.0,  2.2);
const float broadAmp[9]  = float[](0.0, 0.25, 0.12, 0.06, 0.0,  0.08, 0.16, 0.10, 0.40);
const float fineFreq[9]  = float[](0.0, 7.0,  0.0,  14.0, 3.4,  30.0, 40.0, 9.0,  11.0);
const float fineAmp[9]   = float[](0.0, 0.14, 0.0,  0.16, 0.0,  0.06, 0.18, 0.06, 0.18);
const float roughMin[9]  = float[](0.0, 0.85, 0.8,  0.55, 0.0,  0.85, 0.75, 0.75, 0.8);

Surface detail(Surface s, float dist)
{
    int k = clamp(vPattern, 0, 8);
    float near = 1.0 - smoothstep(25.0, 90.0, dist);
    bool onObject = k == 3 || k == 7;
    bool onFace = k == 2 || onObject;
    vec3 p = onObject ? vObject : vWorld;
    vec2 q = onFace ? faceCoords(p, s.normal) : (k == 8 ? vec2(p.x + p.y * 0.7, p.z - p.y * 0.6) : p.xz);
    q += k == 4 ? vec2(uTime * 0.35, uTime * 0.2) : vec2(0.0);

    float broad = valueNoise(q * broadFreq[k]);
    // Wood's fine noise is stretched along the boards (long along q.x, narrow across): streaks of grain.
    vec2 fineScale = k == 3 ? vec2(1.6, 34.0) : vec2(fineFreq[k]);
    float fine = valueNoise(q * fineScale + 7.3);
    s.albedo *= 1.0 + broadAmp[k] * (broad * 2.0 - 1.0);
    s.albedo *= 1.0 + fineAmp[k] * (fine * 2.0 - 1.0) * near;

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

    // Grass and foliage: sun-bleached patches; water: ripples bend the normal.
    s.albedo *= (k == 1 || k == 8) ? mix(vec3(1.0), vec3(1.2, 1.08, 0.62), smoothstep(0.6, 0.9, broad) * 0.5) : vec3(1.0);
    s.normal = k == 4 ? normalize(s.normal + vec3(broad - 0.5, 0.0, fine - 0.5) * 0.35 * near) : s.normal;
    s.roughness = k == 4 ? min(s.roughness, 0.08) : max(s.roughness, roughMin[k]);

    // Asphalt in the rain: puddles, darker and glossy.
    float wet = k == 6 ? uRain * smoothstep(0.45, 0.7, broad) : 0.0;
    s.roughness = k == 6 ? mix(s.roughness, 0.12, max(wet, uRain * 0.4)) : s.roughness;
    s.albedo *= 1.0 - 0.3 * wet;
    return s;
}

float sunShadow(vec3 world, vec3 n)
{
#ifndef SUN_SHADOW
    return 1.0;
#endif
    // Normal offset scaled to the texel: no acne on lit faces, contact kept for feet on the ground.
    vec3 offsetPos = world + n * uShadowTexel * 1.5;
    vec4 ls = uLightViewProj * vec4(offsetPos, 1.0);
    vec3 c = ls.xyz / ls.w;
    vec2 uv = c.xy * 0.5 + 0.5;
    float depth = c.z;
    if (uv.x <= 0.0 || uv.x >= 1.0 || uv.y <= 0.0 || uv.y >= 1.0 || depth >= 1.0) return 1.0;
    // Four bilinear comparison taps (16 depth tests) in a rotated square: a soft penumbra about two texels wide.
    vec2 t = vec2(1.0 / 2048.0);
    float s = texture(uShadowMap, vec3(uv + vec2(0.9, 0.35) * t, depth));
    s += texture(uShadowMap, vec3(uv + vec2(-0.35, 0.9) * t, depth));
    s += texture(uShadowMap, vec3(uv + vec2(-0.9, -0.35) * t, depth));
    s += texture(uShadowMap, vec3(uv + vec2(0.35, -0.9) * t, depth));
    s *= 0.25;
    // Fade out at the edge of the map's reach rather than cutting off.
    float edge = max(abs(c.x), abs(c.y));
    return mix(s, 1.0, smoothstep(0.85, 1.0, edge));
}

vec3 hemisphere(vec3 n)
{
    vec3 ground = uSkyHorizon * 0.25 + uSunColour * max(uSunDir.y, 0.0) * 0.06;
    vec3 sky = mix(uSkyHorizon, uSkyZenith, 0.4);
    return mix(ground, sky, n.y * 0.5 + 0.5);
}

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

void main()
{
    if (glassHole(vGlass, gl_FragCoord.xy)) discard;
    vec3 toCamera = uCameraPos - vWorld;
    float dist = length(toCamera);
    vec3 v = toCamera / dist;
    vec3 n = normalize(vNormal);
    if (!gl_FrontFacing) n = -n;

    Surface s = Surface(vAlbedoRoughness.rgb, vAlbedoRoughness.a, vEmissionMetallic.a, n);
    if (vPattern != 0) s = detail(s, dist);
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

    // Ambient: Lighting.Ambient is the sky's fill (the World stage derives it from the sky colours), shaped so
    // faces turned up get more than faces turned down, plus a little of the sky's own colour by direction.
    // Inside, the sky's share reaches only through openings.
    float skyShare = mix(0.15, 0.04, uInterior);
    vec3 ambient = uAmbient * mix(0.4, 1.15, n.y * 0.5 + 0.5) + hemisphere(n) * skyShare;
    // Cheap occlusion: surfaces facing down and those near the ground see less of the sky.
    ambient *= mix(0.55, 1.0, clamp(vWorld.y * 0.6 + 0.35 + n.y * 0.3, 0.0, 1.0));
    colour += diffuseColour * ambient;

    // Sky reflection for smooth and metallic surfaces.
    vec3 r = reflect(-v, n);
    float m = 1.0 - nv;
    float m2 = m * m;
    vec3 fr = f0 + (max(vec3(1.0 - s.roughness), f0) - f0) * (m2 * m2 * m);
    vec3 skyR = mix(uSkyHorizon, uSkyZenith, clamp(r.y, 0.0, 1.0)) * mix(1.0, 0.2, uInterior) * 0.6 + uAmbient * 0.4;
    colour += fr * skyR * (1.0 - s.roughness * 0.7);
    colour = glassSheen(colour, vGlass, nv, skyR);

#ifdef POINT_LIGHTS
    // The two nearest practicals (the list comes nearest first) get a specular highlight, the rest diffuse light
    // only: each GGX term costs as much as the rest of a light, and far lamps' highlights are small. Two loops with
    // uniform bounds, since llvmpipe runs an if under a lane mask whatever its condition.
    // A lamp is a shade half a metre across, not a point: its light falls off as 1 / (d² + 0.25 m²), so a head
    // passing under a pendant is lit, not blown out.
    int specularCount = min(uPointCount, 2);
    for (int i = 0; i < specularCount; i++)
    {
        vec3 lp = uPointPos[i].xyz - vWorld;
        float d2 = max(dot(lp, lp), 0.01);
        float q = d2 / (uPointPos[i].w * uPointPos[i].w);
        float window = clamp(1.0 - q * q, 0.0, 1.0); // not pow(): an exp2/log2 pair per light on llvmpipe
        vec3 l = lp * inversesqrt(d2);
        float pl = max(dot(n, l), 0.0);
        colour += uPointColour[i].rgb * (window * window / (d2 + 0.25)) * pl * (diffuseColour + specular(n, v, l, max(s.roughness, 0.2), f0));
    }
    for (int i = specularCount; i < uPointCount; i++)
    {
        vec3 lp = uPointPos[i].xyz - vWorld;
        float d2 = max(dot(lp, lp), 0.01);
        float q = d2 / (uPointPos[i].w * uPointPos[i].w);
        float window = clamp(1.0 - q * q, 0.0, 1.0);
        float pl = max(dot(n, lp), 0.0) * inversesqrt(d2);
        colour += uPointColour[i].rgb * (window * window / (d2 + 0.25)) * pl * diffuseColour;
    }
#endif

    colour += vEmissionMetallic.rgb;

    vec4 fog = fogAlong(uCameraPos, vWorld, uSunDir, uSunColour * (1.0 - uNight), uSkyHorizon);
    colour = mix(colour, fog.rgb, fog.a);
    outColour = developPixel(colour);
}
