#version 450 core
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

uniform mat4 uLightViewProj;
uniform int uShadowOn;
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

// Procedural detail per Material.Pattern. Detail fades with distance so it does not shimmer at a pixel's size.
Surface detail(Surface s, float dist)
{
    float near = 1.0 - smoothstep(25.0, 90.0, dist);
    vec3 p = vWorld;
    if (vPattern == 1) // grass / earth
    {
        float broad = fbm(p.xz * 0.35);
        float fine = valueNoise(p.xz * 7.0);
        s.albedo *= mix(0.72, 1.22, broad) * mix(1.0, mix(0.85, 1.12, fine), near);
        s.albedo = mix(s.albedo, s.albedo * vec3(1.25, 1.05, 0.6), smoothstep(0.55, 0.8, valueNoise(p.xz * 0.13 + 5.0)) * 0.6);
        s.roughness = max(s.roughness, 0.85);
    }
    else if (vPattern == 2) // brick / plaster
    {
        vec2 uv = faceCoords(p, s.normal) / vec2(0.24, 0.08);
        float row = floor(uv.y);
        uv.x += mod(row, 2.0) * 0.5;
        vec2 cell = floor(uv);
        vec2 f = fract(uv);
        float mortar = 1.0 - min(smoothstep(0.0, 0.06, f.x) * smoothstep(1.0, 0.94, f.x), smoothstep(0.0, 0.14, f.y) * smoothstep(1.0, 0.86, f.y));
        float brick = mix(0.82, 1.15, hash12(cell));
        vec3 b = s.albedo * mix(1.0, brick, near);
        s.albedo = mix(b, mix(s.albedo, vec3(0.55, 0.53, 0.5), 0.6), mortar * near * 0.85);
        s.albedo *= mix(0.8, 1.05, fbm(faceCoords(p, s.normal) * 0.6));
        s.albedo *= mix(0.78, 1.0, smoothstep(0.0, 1.2, p.y)); // rising damp and grime near the ground
    }
    else if (vPattern == 3) // wood
    {
        vec3 q = vObject;
        float grain = sin(q.x * 38.0 + q.z * 21.0 + fbm(q.xz * vec2(2.0, 14.0) + q.y) * 7.0);
        float boards = smoothstep(0.0, 0.03, fract(faceCoords(q, s.normal).x / 0.14)) ;
        s.albedo *= (0.86 + 0.14 * grain * near) * mix(0.7, 1.0, boards);
    }
    else if (vPattern == 4) // water: ripples bend the normal; the sky does the rest
    {
        vec2 w = p.xz * 1.7 + vec2(uTime * 0.35, uTime * 0.2);
        float h0 = fbm(w), hx = fbm(w + vec2(0.15, 0.0)), hz = fbm(w + vec2(0.0, 0.15));
        s.normal = normalize(s.normal + vec3(h0 - hx, 0.0, h0 - hz) * 1.6 * near);
        s.roughness = min(s.roughness, 0.08);
    }
    else if (vPattern == 5) // sand
    {
        float ripple = sin(p.x * 5.0 + p.z * 1.3 + valueNoise(p.xz * 0.8) * 5.0);
        s.albedo *= mix(0.9, 1.08, ripple * 0.5 + 0.5) * mix(0.92, 1.05, hash12(floor(p.xz * 60.0)) * near + (1.0 - near) * 0.5);
    }
    else if (vPattern == 6) // asphalt
    {
        float speck = hash12(floor(p.xz * 50.0));
        s.albedo *= mix(0.8, 1.15, fbm(p.xz * 0.45)) * mix(1.0, mix(0.85, 1.2, speck), near);
        float wet = uRain * smoothstep(0.45, 0.7, fbm(p.xz * 0.25 + 11.0));
        s.roughness = mix(s.roughness, 0.12, max(wet, uRain * 0.4));
        s.albedo *= 1.0 - 0.3 * wet;
    }
    else if (vPattern == 7) // cloth: soft folds and a sheen at grazing angles
    {
        s.albedo *= mix(0.84, 1.08, valueNoise(vObject.xy * 9.0 + vObject.z * 5.0));
        s.roughness = max(s.roughness, 0.75);
    }
    else if (vPattern == 8) // foliage: leafy clumps with light and dark masses
    {
        vec2 q = vec2(p.x + p.y * 0.7, p.z - p.y * 0.6);
        float clump = fbm(q * 2.2);
        float leaf = valueNoise(q * 11.0);
        s.albedo *= mix(0.5, 1.3, clump) * mix(1.0, mix(0.8, 1.15, leaf), near);
        s.albedo = mix(s.albedo, s.albedo * vec3(1.2, 1.1, 0.5), smoothstep(0.6, 0.9, clump) * 0.5);
        s.roughness = max(s.roughness, 0.8);
    }
    return s;
}

float sunShadow(vec3 world, vec3 n)
{
    if (uShadowOn == 0) return 1.0;
    // Normal offset scaled to the texel: no acne on lit faces, contact kept for feet on the ground.
    vec3 offsetPos = world + n * uShadowTexel * 1.5;
    vec4 ls = uLightViewProj * vec4(offsetPos, 1.0);
    vec3 c = ls.xyz / ls.w;
    vec2 uv = c.xy * 0.5 + 0.5;
    float depth = c.z;
    if (uv.x <= 0.0 || uv.x >= 1.0 || uv.y <= 0.0 || uv.y >= 1.0 || depth >= 1.0) return 1.0;
    // Five bilinear comparison taps in a rotated cross: a soft penumbra about two texels wide.
    vec2 t = vec2(1.0 / 2048.0);
    float s = texture(uShadowMap, vec3(uv, depth)) * 2.0;
    s += texture(uShadowMap, vec3(uv + vec2(1.3, 0.5) * t, depth));
    s += texture(uShadowMap, vec3(uv + vec2(-0.5, 1.3) * t, depth));
    s += texture(uShadowMap, vec3(uv + vec2(-1.3, -0.5) * t, depth));
    s += texture(uShadowMap, vec3(uv + vec2(0.5, -1.3) * t, depth));
    s /= 6.0;
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

// GGX distribution with height-correlated Smith visibility; returns the specular BRDF times π (lights are
// given as the radiance a white Lambert surface facing them would reflect).
vec3 specular(vec3 n, vec3 v, vec3 l, float roughness, vec3 f0)
{
    vec3 h = normalize(v + l);
    float nl = max(dot(n, l), 0.0), nv = max(dot(n, v), 1e-3), nh = max(dot(n, h), 0.0), vh = max(dot(v, h), 0.0);
    float a = roughness * roughness;
    float a2 = a * a;
    float d = a2 / (PI * pow(nh * nh * (a2 - 1.0) + 1.0, 2.0));
    float vis = 0.5 / (nl * sqrt(nv * nv * (1.0 - a2) + a2) + nv * sqrt(nl * nl * (1.0 - a2) + a2) + 1e-5);
    vec3 f = f0 + (1.0 - f0) * pow(1.0 - vh, 5.0);
    return d * vis * f * PI;
}

void main()
{
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

    // Sky and fill light; inside, the sky reaches only through openings.
    float skyShare = mix(1.0, 0.25, uInterior);
    vec3 ambient = uAmbient + hemisphere(n) * skyShare;
    // Cheap occlusion: surfaces facing down and those near the ground see less of the sky.
    ambient *= mix(0.55, 1.0, clamp(vWorld.y * 0.6 + 0.35 + n.y * 0.3, 0.0, 1.0));
    colour += diffuseColour * ambient;

    // Sky reflection for smooth and metallic surfaces.
    vec3 r = reflect(-v, n);
    vec3 fr = f0 + (max(vec3(1.0 - s.roughness), f0) - f0) * pow(1.0 - nv, 5.0);
    vec3 skyR = mix(uSkyHorizon, uSkyZenith, clamp(r.y, 0.0, 1.0)) * skyShare + uAmbient;
    colour += fr * skyR * (1.0 - s.roughness * 0.7);

    for (int i = 0; i < uPointCount; i++)
    {
        vec3 lp = uPointPos[i].xyz - vWorld;
        float d2 = max(dot(lp, lp), 0.01);
        float range = uPointPos[i].w;
        float window = clamp(1.0 - pow(d2 / (range * range), 2.0), 0.0, 1.0);
        if (window <= 0.0) continue;
        vec3 l = lp * inversesqrt(d2);
        float pl = max(dot(n, l), 0.0);
        colour += uPointColour[i].rgb * (window * window / d2) * pl * (diffuseColour + specular(n, v, l, max(s.roughness, 0.2), f0));
    }

    colour += vEmissionMetallic.rgb;

    vec4 fog = fogAlong(uCameraPos, vWorld, uSunDir, uSunColour * (1.0 - uNight), uSkyHorizon);
    colour = mix(colour, fog.rgb, fog.a);
    outColour = vec4(colour, 1.0);
}
