#version 450 core
in vec2 vUv;
uniform sampler2D uHdr;
uniform float uExposure;
uniform float uTime;
uniform float uAspect;
uniform float uRain;
uniform float uSnow;
uniform float uWind;
uniform vec3 uWeatherColour;
uniform float uSaturation;
uniform float uContrast;
uniform vec3 uLift;
uniform vec3 uGain;
uniform vec3 uShadowTint;
uniform vec3 uHighlightTint;
uniform float uMonochrome;
layout(location = 0) out vec4 outColour;

// Falling streaks in screen space: columns with a random offset per column, a streak every few cells, moving
// with film time. Three layers at different scales read as depth.
float rainLayer(vec2 uv, float scale, float speed, float seed)
{
    vec2 p = vec2(uv.x * uAspect, uv.y) * scale;
    p.x += p.y * clamp(uWind * 0.04, -0.4, 0.4);
    p.y += uTime * speed;
    float column = floor(p.x);
    float offset = 0.2 + 0.6 * hash12(vec2(column, seed));
    float across = abs(fract(p.x) - offset);
    float y = p.y * 0.12 + hash12(vec2(seed, column)) * 9.0;
    float along = fract(y);
    float present = step(hash12(vec2(column, floor(y) + seed * 7.0)), 0.25 + 0.5 * uRain);
    float body = smoothstep(0.0, 0.08, along) * smoothstep(0.5, 0.2, along);
    return present * body * (1.0 - smoothstep(0.015, 0.05, across));
}

float snowLayer(vec2 uv, float scale, float speed, float seed)
{
    vec2 p = vec2(uv.x * uAspect, uv.y) * scale;
    p += vec2(uTime * uWind * 0.02 + sin(uTime * 0.7 + seed) * 0.3, uTime * speed);
    vec2 cell = floor(p);
    vec2 centre = vec2(hash12(cell + seed), hash12(cell + seed + 19.0)) * 0.7 + 0.15;
    float present = step(hash12(cell * 1.7 + seed), 0.15 + 0.6 * uSnow);
    return present * smoothstep(0.12, 0.04, length(fract(p) - centre));
}

void main()
{
    vec3 c = texture(uHdr, vUv).rgb;
    if (uRain > 0.0)
    {
        float streaks = rainLayer(vUv, 45.0, 30.0, 1.0) * 0.5 + rainLayer(vUv, 80.0, 42.0, 2.0) * 0.35 + rainLayer(vUv, 130.0, 60.0, 3.0) * 0.25;
        c = mix(c, uWeatherColour * 1.6 + 0.02, clamp(streaks * uRain, 0.0, 0.6));
    }
    if (uSnow > 0.0)
    {
        float flakes = snowLayer(vUv, 18.0, 1.2, 1.0) + snowLayer(vUv, 32.0, 0.9, 2.0) * 0.7 + snowLayer(vUv, 55.0, 0.6, 3.0) * 0.5;
        c = mix(c, uWeatherColour * 2.0 + 0.05, clamp(flakes * uSnow, 0.0, 0.9));
    }

    c = acesFitted(c * uExposure);
    vec3 e = encodeGamma(c);

    // The look, in display (gamma-encoded) space where a colourist would turn the knobs.
    float luma = dot(e, LUMA709);
    e = mix(vec3(luma), e, uSaturation);
    e = mix(e, vec3(luma), uMonochrome);
    e = (e - 0.45) * uContrast + 0.45;
    e = e * uGain + uLift * (1.0 - e);
    e *= 2.0 * mix(uShadowTint, uHighlightTint, smoothstep(0.1, 0.8, luma));
    e = clamp(e, 0.0, 1.0);
    // Luma in alpha for FXAA's edge search.
    outColour = vec4(e, dot(e, LUMA709));
}
