// Shared by every stage (pasted after #version). Hashes are arithmetic, never texture lookups, so every
// backend draws the same pattern.
const float PI = 3.14159265;
const vec3 LUMA709 = vec3(0.2126, 0.7152, 0.0722);

float hash12(vec2 p)
{
    vec3 p3 = fract(vec3(p.xyx) * 0.1031);
    p3 += dot(p3, p3.yzx + 33.33);
    return fract((p3.x + p3.y) * p3.z);
}

float hash13(vec3 p3)
{
    p3 = fract(p3 * 0.1031);
    p3 += dot(p3, p3.zyx + 31.32);
    return fract((p3.x + p3.y) * p3.z);
}

uint pcgHash(uint v)
{
    uint state = v * 747796405u + 2891336453u;
    uint word = ((state >> ((state >> 28u) + 4u)) ^ state) * 277803737u;
    return (word >> 22u) ^ word;
}

float valueNoise(vec2 p)
{
    vec2 i = floor(p);
    vec2 f = fract(p);
    vec2 u = f * f * (3.0 - 2.0 * f);
    float a = hash12(i), b = hash12(i + vec2(1, 0)), c = hash12(i + vec2(0, 1)), d = hash12(i + vec2(1, 1));
    return mix(mix(a, b, u.x), mix(c, d, u.x), u.y);
}

float fbm(vec2 p)
{
    return 0.55 * valueNoise(p) + 0.3 * valueNoise(p * 2.13 + 17.7) + 0.15 * valueNoise(p * 4.37 + 3.1);
}

// Stephen Hill's fit of the ACES RRT+ODT, in linear Rec.709.
vec3 acesFitted(vec3 c)
{
    const mat3 inputMat = mat3(0.59719, 0.07600, 0.02840, 0.35458, 0.90834, 0.13383, 0.04823, 0.01566, 0.83777);
    const mat3 outputMat = mat3(1.60475, -0.10208, -0.00327, -0.53108, 1.10813, -0.07276, -0.07367, -0.00605, 1.07602);
    c = inputMat * c;
    vec3 a = c * (c + 0.0245786) - 0.000090537;
    vec3 b = c * (0.983729 * c + 0.4329510) + 0.238081;
    return clamp(outputMat * (a / b), 0.0, 1.0);
}

// Linear to sRGB by Ian Taylor's three-square-root fit (error < 0.1 % of full scale): pow() is a slow
// exp2/log2 pair on llvmpipe, while sqrt is one instruction.
vec3 encodeGamma(vec3 c)
{
    c = clamp(c, 0.0, 1.0);
    vec3 s1 = sqrt(c), s2 = sqrt(s1), s3 = sqrt(s2);
    return clamp(0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * c, 0.0, 1.0);
}

// Fog and aerial perspective shared by surfaces and sky: exponential with height (thinning upward, e-fold
// ~12 m) so mist pools low, plus a faint haze toward the horizon colour over long distances.
uniform vec3 uFogColour;
uniform float uFogDensity;
uniform float uFogAtEye; // exp(-falloff × eye height): the fog density where the camera stands, relative to y = 0

vec4 fogAlong(vec3 from, vec3 to, vec3 sunDir, vec3 sunColour, vec3 horizon)
{
    vec3 d = to - from;
    float dist = length(d);
    const float falloff = 0.08;
    float dy = d.y;
    float integral = abs(dy) > 0.01 ? (1.0 - exp(-falloff * dy)) / (falloff * dy) : 1.0;
    float fogDepth = uFogDensity * dist * uFogAtEye * integral;
    float hazeDepth = 0.00035 * dist;
    float total = fogDepth + hazeDepth;
    float amount = 1.0 - exp(-total);
    vec3 colour = (uFogColour * fogDepth + horizon * hazeDepth) / max(total, 1e-6);
    // Light scattered toward the eye when looking near the sun.
    float toward = max(dot(d / max(dist, 1e-4), sunDir), 0.0);
    toward *= toward;
    toward *= toward;
    colour += sunColour * 0.12 * toward * toward * step(0.0, sunDir.y);
    return vec4(colour, amount);
}

// Scene and sky write exposed radiance into an 8-bit target in a compact, invertible encoding:
// sqrt(x / (1 + x)) per channel keeps a step under 1/255 of the display value in the shadows and reaches
// 127× mid-grey before it saturates, so bloom, depth of field and motion blur downstream work on radiance while
// the scene pass pays for one 8-bit target (an RGBA16F target and its bandwidth cost ≈ 75 ms a 1080p frame on
// llvmpipe). Tone mapping happens once, in the finish pass, after the blurs.
uniform float uExposure;

vec4 developPixel(vec3 hdr)
{
    vec3 x = max(hdr * uExposure, 0.0);
    vec3 e = sqrt(x / (1.0 + x));
    return vec4(e, dot(e, LUMA709)); // luma of the encoded value in alpha for FXAA's edge search
}

// The inverse of developPixel: exposed linear radiance.
vec3 decodeScene(vec3 e)
{
    vec3 y = e * e;
    return y / max(1.0 - y, 1.0 / 128.0);
}

// Exposed radiance to display: ACES, then the sRGB curve.
vec3 toneMap(vec3 x)
{
    return encodeGamma(acesFitted(x));
}

// The lens (depth of field): view distance from a reversed-Z depth value, and the circle of confusion of a thin
// lens focused at uLens.x, in pixels of the target being drawn (uLens.y: f² / (N·(focus − f)) / sensor height
// × image height in pixels).
uniform vec2 uNearFar;
uniform vec2 uLens;

float viewDistance(float depth)
{
    return uNearFar.x * uNearFar.y / (depth * (uNearFar.y - uNearFar.x) + uNearFar.x);
}

float circleOfConfusion(float depth)
{
    float z = viewDistance(depth);
    return uLens.y * abs(z - uLens.x) / z;
}

// Ambient light from the sky and the ground's bounce: irradiance / π as nine spherical-harmonic coefficients
// (SkyIrradiance.cs; order 1, y, z, x, xy, yz, 3z² − 1, xz, x² − y²). The even part (the constant and the
// quadratic terms, the same for n and −n) varies slowly and is evaluated per vertex; the linear terms, which follow
// a bump's tilt, per pixel (scene.frag's skyAmbient).
uniform vec3 uSkySH[9];

vec3 skyAmbientEven(vec3 n)
{
    return uSkySH[0] + uSkySH[4] * (n.x * n.y) + uSkySH[5] * (n.y * n.z) + uSkySH[6] * (3.0 * n.z * n.z - 1.0)
         + uSkySH[7] * (n.x * n.z) + uSkySH[8] * (n.x * n.x - n.y * n.y);
}
